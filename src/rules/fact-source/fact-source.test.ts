import { describe, expect, it } from "vitest";
import { run } from "../../../test/checkpoints/kit.js";
import { factSourceRule } from "./index.js";

const post = (...facts: [string, string, string][]) =>
  `---\nclient: acme\nchannels: [acme-bluesky]\nfacts:\n${facts.map(([c, s, p]) => `  - claim: ${c}\n    source: ${s}\n    provided_by: ${p}`).join("\n")}\n---\nHi.\n`;

describe("fact-source", () => {
  it("accepts an https source and a named, dated reference; records the client's fact as info", async () => {
    expect(
      await run(
        factSourceRule,
        post(
          ["the Ridgeline weighs 1.9 kg", "https://acme.example/tents/ridgeline", "public"],
          ["40% off", "email from Jane Doe, 2026-11-18", "client"],
        ),
      ),
    ).toEqual(['10:18 info fact-source provided by the client: "40% off" (source: email from Jane Doe, 2026-11-18)']);
  });

  it("reads a source starting with a label and a colon as a plain reference, but mailto: as a URL", async () => {
    expect(
      await run(
        factSourceRule,
        post(
          ["a", "'Interview: Jane Doe, 2026-11-12'", "team"],
          ["b", "'Email: Ola Berg'", "team"],
          ["c", "mailto:ola@northwind.example", "team"],
        ),
      ),
    ).toEqual(['12:13 error fact-source facts[2].source: "mailto:ola@northwind.example" is a mailto: URL; expected http(s)']);
  });

  it("reports a non-http URL, a URL without scheme, a broken URL and a vague reference", async () => {
    expect(
      await run(
        factSourceRule,
        post(
          ["a", "ftp://acme.example/report.pdf", "team"],
          ["b", "www.acme.example/report", "team"],
          ["c", "https://", "team"],
          ["d", "an email", "team"],
        ),
      ),
    ).toEqual([
      '6:13 error fact-source facts[0].source: "ftp://acme.example/report.pdf" is a ftp: URL; expected http(s)',
      '9:13 error fact-source facts[1].source: "www.acme.example/report" has no scheme; expected https://www.acme.example/report',
      '12:13 error fact-source facts[2].source: "https://" is not a well-formed URL',
      '15:13 error fact-source facts[3].source: "an email" is too vague to trace; name who provided it or when (e.g. "email from Jane Doe, 2026-11-18")',
    ]);
  });
});

describe("fact-source messages", () => {
  it("keep a claim and a source written over several lines on one line", async () => {
    const text =
      "---\nclient: acme\nchannels: [acme-bluesky]\nfacts:\n  - claim: |\n      40% off\n      all tents\n    source: |\n      email from\n      the client\n    provided_by: client\n---\nHi.\n";
    expect(await run(factSourceRule, text)).toEqual([
      '8:13 error fact-source facts[0].source: "email from the client" is too vague to trace; name who provided it or when (e.g. "email from Jane Doe, 2026-11-18")',
      '11:18 info fact-source provided by the client: "40% off all tents" (source: email from the client)',
    ]);
  });
});

describe("fact-source URL well-formedness", () => {
  it("reports hosts with an empty label or a trailing dot, as link does for the same URL in the text", async () => {
    expect(
      await run(
        factSourceRule,
        post(
          ["a", "https://example..com/x", "public"],
          ["b", "https://.acme.example/x", "public"],
          ["c", "https://acme.example./x", "public"],
          ["d", "https://[2001:db8::1]/report", "public"],
        ),
      ),
    ).toEqual([
      '6:13 error fact-source facts[0].source: "https://example..com/x" has a malformed host name ("example..com")',
      '9:13 error fact-source facts[1].source: "https://.acme.example/x" has a malformed host name (".acme.example")',
      '12:13 error fact-source facts[2].source: "https://acme.example./x" has a malformed host name ("acme.example.")',
    ]);
  });

  it("does not suggest adding a scheme to a www. source whose host is malformed", async () => {
    expect(await run(factSourceRule, post(["a", "www.acme..example/x", "public"]))).toEqual([
      '6:13 error fact-source facts[0].source: "www.acme..example/x" has no scheme, and https://www.acme..example/x has a malformed host name ("www.acme..example")',
    ]);
  });
});

describe("fact-source: plain references with a URL", () => {
  it("reads a reference carrying a well-formed http(s) URL as traceable, whatever punctuation follows the URL", async () => {
    expect(
      await run(
        factSourceRule,
        post(
          ["a", "giveaway terms at https://acme.example/giveaway-terms", "team"],
          ["b", "'terms (see https://acme.example/terms).'", "team"],
        ),
      ),
    ).toEqual([]);
  });

  it("reports a malformed URL inside a reference once, with the check a URL source gets, and not as vague too", async () => {
    expect(
      await run(
        factSourceRule,
        post(
          ["a", "giveaway terms at https://acme..example/terms and https://acme..example/terms", "team"],
          ["b", "terms at http://intranet/terms", "team"],
        ),
      ),
    ).toEqual([
      '6:13 error fact-source facts[0].source: "https://acme..example/terms" has a malformed host name ("acme..example")',
      '9:13 error fact-source facts[1].source: "http://intranet/terms" has no valid host name ("intranet")',
    ]);
  });
});
