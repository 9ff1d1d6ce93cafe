import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
// @ts-expect-error: the bench generator is plain JavaScript without types.
import { generate } from "../../bench/generate.mjs";
import { renderChannelText } from "../../src/text/channel-text.js";
import { markdownChannelText } from "./markdown-text.js";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The Markdown texts a channel may publish from one post file: its body and each variant. */
function channelTexts(file: string): string[] {
  const text = readFileSync(file, "utf8").replace(/\r\n?/g, "\n");
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) return [text];
  let variants: unknown;
  try {
    variants = (parseYaml(match[1] ?? "", { logLevel: "silent" }) as { variants?: unknown } | null)?.variants;
  } catch {
    variants = undefined; // invalid front-matter fixtures: their body still counts
  }
  const extra = variants && typeof variants === "object" ? Object.values(variants).filter((v): v is string => typeof v === "string") : [];
  return [match[2] ?? "", ...extra];
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md"))
    .map((f) => path.join(dir, f));
}

/** Every input on which the flattener and the remark reading disagree, with both outputs, so a failure shows each one. */
function differences(files: string[]): { file: string; input: string; flattener: string; remark: string }[] {
  const found = [];
  for (const file of files) {
    for (const input of channelTexts(file)) {
      const flattener = renderChannelText(input);
      const remark = markdownChannelText(input);
      if (flattener !== remark) found.push({ file: path.relative(repo, file), input, flattener, remark });
    }
  }
  return found;
}

describe("renderChannelText agrees with the remark reading", () => {
  it("on every example post, example content and test fixture in the repository", () => {
    const rules = readdirSync(path.join(repo, "src/rules"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => {
        const examples = path.join(repo, "src/rules", d.name, "examples");
        try {
          return markdownFiles(examples);
        } catch {
          return [];
        }
      });
    const files = [
      ...rules,
      ...markdownFiles(path.join(repo, "example-content/posts")),
      ...markdownFiles(path.join(repo, "test/fixtures")),
    ];
    // Guards the glob itself: a moved folder must not turn this into a test of nothing.
    expect(rules.length).toBeGreaterThan(20);
    expect(files.length).toBeGreaterThan(60);
    expect(differences(files)).toEqual([]);
  });

  const corpus = mkdtempSync(path.join(tmpdir(), "checkpost-remark-corpus-"));
  afterAll(() => rmSync(corpus, { recursive: true, force: true }));

  it("on a sample of the generated bench corpus", { timeout: 60_000 }, () => {
    generate(corpus);
    // Every 10th post: the whole corpus takes seconds through remark and adds nothing a sample misses (the posts repeat one template).
    const files = markdownFiles(path.join(corpus, "posts"))
      .sort()
      .filter((_, i) => i % 10 === 0);
    expect(files.length).toBe(200);
    expect(differences(files)).toEqual([]);
  });
});

/**
 * Tricky Markdown. `both` is what the two must agree on; `remark` rows are where CommonMark's reading is
 * the one social posts want and the fast flattener differs (its output is pinned too, so a change to
 * either side shows here and is decided on purpose).
 */
const AGREED: [string, string, string][] = [
  ["nested emphasis", "***very*** **bold *and* plain**", "very bold and plain"],
  ["snake_case stays", "set max_line_length and __init__ and _it_", "set max_line_length and init and it"],
  ["a hashtag at line start is no heading", "#WinterCamping starts now\n#tag", "#WinterCamping starts now\n#tag"],
  ["an ATX heading loses its marker", "# Big news\n\n  ### Small news", "Big news\n\nSmall news"],
  ["link with a title", '[our shop](https://a.example/shop "The shop") opens', "our shop (https://a.example/shop) opens"],
  ["link whose text is its target", "[https://a.example](https://a.example)", "https://a.example"],
  ["autolink", "see <https://a.example/x?y=1>", "see https://a.example/x?y=1"],
  ["escaped characters", "\\*not emphasis\\* and 100\\% and \\#1 and C:\\\\path", "*not emphasis* and 100% and #1 and C:\\path"],
  ["code span holding asterisks", "run `a*b*c` now", "run a*b*c now"],
  [
    "HTML comment spanning lines",
    "Hello <!-- checkpost-disable\nspelling --> world\n\n<!--\nnote\n\nto reviewers\n-->\nBye",
    "Hello  world\n\nBye",
  ],
  ["asterisks inside a number are not emphasis", "2*3*4 = 24", "2*3*4 = 24"],
  ["images go", "Look ![a tent](media/tent.jpg) here", "Look  here"],
  ["quotes lose their marker", "> said one\n> said two", "said one\nsaid two"],
  ["lists and line breaks stay as written", "- one\n* two\n1. three\n\n\n\nend  ", "- one\n* two\n1. three\n\nend"],
  ["strikethrough markers go", "~~old~~ new", "old new"],
  [
    "mentions, emails and bare URLs stay",
    "@jane_doe mail hi@a.example https://a.example/a_b_c",
    "@jane_doe mail hi@a.example https://a.example/a_b_c",
  ],
  [
    "a fenced code block loses its fences, its code stays as written",
    "Run:\n\n```sh\nnpm i **x** `y`\n```\n\n~~~\n\n~~~\nDone",
    "Run:\n\nnpm i **x** `y`\n\nDone",
  ],
  ["an unclosed fence runs to the end", "```\n*a*", "*a*"],
  ["three backticks inside a line are no fence", "a ```b``` c", "a b c"],
  ["a setext underline stays as written", "Big news\n---\n\n1. **first** item", "Big news\n---\n\n1. first item"],
  ["emphasis inside a link's text", "[**our** shop](https://a.example)", "our shop (https://a.example)"],
  ["character references are kept as typed", "AT&amp;T", "AT&amp;T"],
];

const REMARK_KNOWS_BETTER: [string, string, { remark: string; flattener: string }][] = [
  ["emphasis across a soft line break", "*one\ntwo*", { remark: "one\ntwo", flattener: "*one\ntwo*" }],
  [
    "a link target with parentheses and a title",
    '[Foo](https://a.example/x_(y) "t")',
    { remark: "Foo (https://a.example/x_(y))", flattener: 'Foo (https://a.example/x_(y) "t")' },
  ],
  ["emphasis markers inside a code span are code", "`**x**`", { remark: "**x**", flattener: "x" }],
  ["a quote inside a list item", "- > quoted", { remark: "- quoted", flattener: "- > quoted" }],
  ["a heading's closing hashes", "## Title ##", { remark: "Title", flattener: "Title ##" }],
  ["a nested quote", "> > deep", { remark: "deep", flattener: "> deep" }],
  ["a backslash hard break", "one\\\ntwo", { remark: "one\ntwo", flattener: "one\\\ntwo" }],
  ["a code span padded to hold a backtick", "`` a`b ``", { remark: "a`b", flattener: "ab `" }],
  ["__ inside a word is not strong", "a__b__c", { remark: "a__b__c", flattener: "abc" }],
  ["a `***` rule is no strong marker", "***\n\n1. **first** item", { remark: "***\n\n1. first item", flattener: "*\n\n1. **first item" }],
  [
    "a reference link",
    "[shop][1]\n\n[1]: https://a.example",
    { remark: "shop (https://a.example)", flattener: "[shop][1]\n\n[1]: https://a.example" },
  ],
];

describe("markdownChannelText on tricky Markdown", () => {
  it.each(AGREED)("%s: both readings give the same text", (_name, input, expected) => {
    expect(markdownChannelText(input)).toBe(expected);
    expect(renderChannelText(input)).toBe(expected);
  });

  it.each(REMARK_KNOWS_BETTER)("%s: remark's reading, where the flattener differs", (_name, input, { remark, flattener }) => {
    expect(markdownChannelText(input)).toBe(remark);
    expect(renderChannelText(input)).toBe(flattener);
  });

  it("normalises Windows line endings before reading", () => {
    expect(markdownChannelText("**a**\r\n\r\n\r\nb\r\n")).toBe("a\n\nb");
  });
});
