import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty, formatGithub } from "../../src/report/format-github.js";
import { formatJson } from "../../src/report/format-json.js";
import { formatText } from "../../src/report/format-text.js";
import type { Report } from "../../src/types.js";

const report: Report = {
  files: [
    {
      path: "posts/a,b:c.md",
      messages: [
        { ruleId: "length", severity: "error", line: 3, column: 1, endLine: 4, endColumn: 2, message: "100% too long\r\nsecond line" },
        { ruleId: "spelling", severity: "warning", line: 7, column: 12, message: "“teh” is misspelt", suggestions: ["the", "tea"] },
        { ruleId: "readability", severity: "info", line: 9, column: 1, endLine: 9, endColumn: 5, message: "long sentence" },
      ],
    },
    { path: "posts/clean.md", messages: [] },
  ],
  errors: 1,
  warnings: 1,
};

describe("GitHub workflow commands", () => {
  it("escape % CR LF in data, and also : and , in properties", () => {
    expect(escapeData("50%: a,b\r\nc")).toBe("50%25: a,b%0D%0Ac");
    expect(escapeProperty("50%: a,b\r\nc")).toBe("50%25%3A a%2Cb%0D%0Ac");
  });

  it("one annotation per message (info as notice), endColumn only on one line, then the summary", () => {
    expect(formatGithub(report).split("\n")).toEqual([
      "::error file=posts/a%2Cb%3Ac.md,line=3,col=1,endLine=4,title=checkpost length::100%25 too long%0D%0Asecond line",
      "::warning file=posts/a%2Cb%3Ac.md,line=7,col=12,title=checkpost spelling::“teh” is misspelt (suggestions: the, tea)",
      "::notice file=posts/a%2Cb%3Ac.md,line=9,col=1,endLine=9,endColumn=5,title=checkpost readability::long sentence",
      "checkpost: 2 posts checked, 1 error, 1 warning, 1 info",
    ]);
  });
});

describe("JSON", () => {
  it("keeps the public shape and key order, leaving out absent optional fields", () => {
    expect(formatJson(report)).toBe(
      JSON.stringify({
        files: [
          {
            path: "posts/a,b:c.md",
            messages: [
              {
                ruleId: "length",
                severity: "error",
                line: 3,
                column: 1,
                endLine: 4,
                endColumn: 2,
                message: "100% too long\r\nsecond line",
              },
              { ruleId: "spelling", severity: "warning", line: 7, column: 12, message: "“teh” is misspelt", suggestions: ["the", "tea"] },
              { ruleId: "readability", severity: "info", line: 9, column: 1, endLine: 9, endColumn: 5, message: "long sentence" },
            ],
          },
          { path: "posts/clean.md", messages: [] },
        ],
        errors: 1,
        warnings: 1,
      }),
    );
  });
});

describe("text", () => {
  it("aligns columns per file, adds suggestions, skips clean files and ends with a summary", () => {
    expect(formatText(report, { color: false })).toBe(
      [
        "posts/a,b:c.md:3:1   error    100% too long\r\nsecond line  length",
        'posts/a,b:c.md:7:12  warning  “teh” is misspelt (did you mean "the", "tea"?)  spelling',
        "posts/a,b:c.md:9:1   info     long sentence  readability",
        "",
        "✖ 2 posts checked, 1 error, 1 warning, 1 info",
      ].join("\n"),
    );
  });

  it("a clean report is a green tick when coloured", () => {
    expect(formatText({ files: [{ path: "a.md", messages: [] }], errors: 0, warnings: 0 }, { color: true })).toBe(
      "\u001b[32m✔\u001b[39m \u001b[1m1 post checked, 0 errors, 0 warnings\u001b[22m",
    );
  });
});
