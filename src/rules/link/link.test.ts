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
