import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCheck } from "../../src/check/run-check.js";

// Issue 3's acceptance: a realistic sloppy post fails with each problem reported once, at the right place.
const root = path.join(import.meta.dirname, "sloppy");
const now = new Date("2026-11-21T12:00:00Z");

describe("a sloppy post", () => {
  it("reports each of its eight problems once, at the right line and column", async () => {
    const outcome = await runCheck({ paths: ["."], cwd: root, now });
    expect(outcome.kind).toBe("report");
    const [file] = outcome.report.files;
    expect(file?.path).toBe("posts/acme/2026-12-04-flash-sale.md");
    expect(file?.messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.ruleId}`)).toEqual([
      "3:41 error wrong-account", // northwind-discord is another client's channel
      "8:10 error alt-text", // the image has no alt text
      "10:1 error length", // 400 graphemes on Bluesky
      "10:31 error spelling", // recieve
      "10:39 error repeated-word", // the the
      "10:81 warning undeclared-claim", // 40% off with no fact
      "10:126 error sensitive-topic", // a politics (elections) reference
      "10:252 error article", // a apology
    ]);
    expect(file?.messages.find((m) => m.ruleId === "length")?.message).toBe(
      "400/300 graphemes (400/3000 UTF-8 bytes) for acme-bluesky: 100 graphemes over; shorten the body or add variants.acme-bluesky",
    );
    expect(file?.messages.find((m) => m.ruleId === "spelling")?.suggestions).toContain("receive");
    expect(outcome.report.errors).toBe(7);
    expect(outcome.report.warnings).toBe(1);
  });

  it("the example content passes with every rule on", async () => {
    const outcome = await runCheck({ paths: [], cwd: path.join(import.meta.dirname, "../../example-content"), now });
    expect(outcome.kind).toBe("report");
    expect(outcome.report.files).toHaveLength(10);
    expect(outcome.report.errors).toBe(0);
    expect(outcome.report.warnings).toBe(0);
  });
});
