import { describe, expect, it } from "vitest";
import { BASE_CONFIG, loadConfig, run } from "../../../test/checkpoints/kit.js";
import { patch } from "../../../test/helpers/patch.js";
import { lengthRule } from "./index.js";

describe("length", () => {
  it("reports an over-long variant at the variant, against the channel's max_characters", async () => {
    const config = await loadConfig(patch(BASE_CONFIG, 'account: "@acme"', 'account: "@acme"\n        max_characters: 20'));
    const post =
      "---\nclient: acme\nchannels: [acme-mastodon]\nvariants:\n  acme-mastodon: This variant has thirty-six characters\n---\nBody.\n";
    expect(await run(lengthRule, post, { config })).toEqual([
      "5:18 error length 38/20 characters (URLs count 23) for acme-mastodon: 18 over; shorten the variant",
    ]);
  });

  it("counts Bluesky bytes: 300 CJK characters are 300 graphemes but 900 bytes (fine); 1001 emoji families are too many bytes", async () => {
    const cjk = `---\nclient: acme\nchannels: [acme-bluesky]\n---\n${"語".repeat(300)}\n`;
    expect(await run(lengthRule, cjk)).toEqual([]);
    const emoji = `---\nclient: acme\nchannels: [acme-bluesky]\n---\n${"👨‍👩‍👧‍👦".repeat(130)}\n`;
    expect(await run(lengthRule, emoji)).toEqual([
      "5:1 error length 3250/3000 UTF-8 bytes for acme-bluesky: 250 over; shorten the body or add variants.acme-bluesky",
    ]);
  });

  it("checks an X channel at 280 weighted characters (CJK weigh 2), once the config has one", async () => {
    const config = await loadConfig(
      patch(
        BASE_CONFIG,
        "    channels:\n",
        '    channels:\n      acme-x:\n        type: x\n        handle: "@acme_x"\n        secret_env: ACME_X\n',
      ),
    );
    const post = (body: string) => `---\nclient: acme\nchannels: [acme-x]\n---\n${body}\n`;
    expect(await run(lengthRule, post("語".repeat(140)), { config })).toEqual([]);
    expect(await run(lengthRule, post("語".repeat(141)), { config })).toEqual([
      "5:1 error length 282/280 weighted characters for acme-x: 2 over; shorten the body or add variants.acme-x",
    ]);
  });

  it("reports an empty body once per channel that publishes it, at the line after the front-matter", async () => {
    const front = "---\nclient: acme\nchannels: [acme-bluesky, acme-mastodon]\n---";
    const nothing = (channel: string, why = "empty") =>
      `5:1 error length nothing to publish on ${channel}: the body is ${why}; expected the post's text in the body or variants.${channel}`;
    for (const text of [`${front}\n`, front, `${front}\n\n   \n`]) {
      expect(await run(lengthRule, text), JSON.stringify(text)).toEqual([nothing("acme-bluesky"), nothing("acme-mastodon")]);
    }
    const onlyComment = `${front}\n<!-- a note for reviewers -->\n`;
    expect(await run(lengthRule, onlyComment)).toEqual([
      nothing("acme-bluesky", "empty once comments and markup are removed"),
      nothing("acme-mastodon", "empty once comments and markup are removed"),
    ]);
  });

  it("reports a blank variant at the variant, and not the body it replaces", async () => {
    const post = '---\nclient: acme\nchannels: [acme-bluesky, acme-mastodon]\nvariants:\n  acme-mastodon: "   "\n---\nBody.\n';
    expect(await run(lengthRule, post)).toEqual([
      "5:18 error length nothing to publish on acme-mastodon: variants.acme-mastodon is empty; expected the text for acme-mastodon, or no variant to publish the body",
    ]);
  });

  it("checks Discord at 2000 characters", async () => {
    const post = `---\nclient: northwind\nchannels: [northwind-discord]\n---\n${"a".repeat(2001)}\n`;
    expect(await run(lengthRule, post, { relPath: "posts/northwind/p.md" })).toEqual([
      "5:1 error length 2001/2000 characters for northwind-discord: 1 over; shorten the body or add variants.northwind-discord",
    ]);
  });
});
