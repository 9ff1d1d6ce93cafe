import { describe, expect, it } from "vitest";
import { run } from "../../../test/checkpoints/kit.js";
import type { LinkChecker } from "../../links/check-links.js";
import { linkRule } from "./index.js";

const post = `---
client: acme
channels: [acme-bluesky]
reply_to: https://bsky.app/profile/x.bsky.social/post/3k
facts:
  - claim: 40% off
    source: https://acme.example/dead
    provided_by: team
---
See https://acme.example/sale, htps://acme.example/typo and http:/acme.example/one-slash.
Also https://localhost-ish/x and [the dead page](https://acme.example/dead).
`;

describe("link", () => {
  it("reports malformed links offline without fetching", async () => {
    expect(await run(linkRule, post)).toEqual([
      '10:32 error link "htps://acme.example/typo" is a broken link; expected http:// or https://',
      '10:61 error link "http:/acme.example/one-slash" is a broken link; expected http:// or https://',
      '11:6 error link https://localhost-ish/x has no valid host name ("localhost-ish")',
    ]);
  });

  it("leaves a malformed fact source to fact-source (reported once, there) and never fetches it", async () => {
    const text =
      "---\nclient: acme\nchannels: [acme-bluesky]\nfacts:\n  - claim: a\n    source: https://example..com/x\n    provided_by: team\n---\nSee https://example..com/x today.\n";
    const asked: string[] = [];
    const checker: LinkChecker = {
      async check(url) {
        asked.push(url);
        return { ok: true, status: 200 };
      },
    };
    expect(await run(linkRule, text, { ruleOptions: { link: { checker } } })).toEqual([
      '9:5 error link https://example..com/x has a malformed host name ("example..com")',
    ]);
    expect(asked).toEqual([]);
  });

  it("takes a URL with an IPv6 host whole, brackets included", async () => {
    const text =
      "---\nclient: acme\nchannels: [acme-bluesky]\n---\nThe map is at https://[2001:db8::1]/map and [here](https://[2001:db8::2]:8080/x).\n";
    expect(await run(linkRule, text)).toEqual([]);
  });

  it("with a checker, reports each dead URL once at its first place", async () => {
    const asked: string[] = [];
    const checker: LinkChecker = {
      async check(url) {
        asked.push(url);
        return url.endsWith("/dead") ? { ok: false, status: 404, problem: "HTTP 404" } : { ok: true, status: 200 };
      },
    };
    const messages = await run(linkRule, post, { ruleOptions: { link: { checker } } });
    expect(messages.filter((m) => m.includes("dead:"))).toEqual(["11:50 error link https://acme.example/dead is dead: HTTP 404"]);
    expect(asked.sort()).toEqual([
      "https://acme.example/dead",
      "https://acme.example/sale",
      "https://bsky.app/profile/x.bsky.social/post/3k",
    ]);
  });
});
