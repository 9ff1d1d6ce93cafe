import { describe, expect, it } from "vitest";
import { brief, checkText, postWith } from "../helpers/foundation.js";

const ID = 'expected an id: lowercase letters, digits, "-" and "_", starting with a letter or digit (at most 64)';
const DATE = "expected an ISO 8601 date-time with a UTC offset, e.g. 2026-12-01T09:30:00+01:00";

/** Every field of schemas/post.schema.json with a valid value: no message at all. */
const valid: Record<string, string> = {
  "client and channels only": "---\nclient: acme\nchannels: [acme-bluesky]\n---\nx\n",
  title: postWith("title: Winter sale launch"),
  author: postWith("author: sam-fieldnote"),
  "publish_at with an offset": postWith("publish_at: 2026-12-01T09:30:00+01:00"),
  "publish_at in UTC": postWith("publish_at: 2026-12-01T09:30:00Z"),
  "facts with a URL source and a note": postWith(
    "facts:",
    "  - claim: 40% off all tents",
    "    source: https://acme.example/sale",
    "    provided_by: client",
    "    note: checked with Jane",
  ),
  "facts with a plain reference": postWith(
    "facts:",
    "  - claim: 40% off all tents",
    "    source: email from Jane Doe, 2026-11-18",
    "    provided_by: team",
  ),
  media: postWith("media:", "  - file: media/acme/tent.png", "    alt: A green tent in the snow"),
  "media with an empty alt (the alt-text check judges it, not the schema)": postWith("media:", "  - file: ./tent.png", '    alt: ""'),
  variants: postWith("variants:", "  acme-bluesky: A shorter text for Bluesky"),
  sensitive: postWith("sensitive:", "  - topic: politics", "    reason: we endorse the bike lane vote"),
  reply_to: postWith("reply_to: https://bsky.app/profile/x.bsky.social/post/3k"),
};

/** Every field with invalid values: [front-matter, exact "line:col severity rule message", suggestions]. */
const invalid: Record<string, [string, string, string[]?]> = {
  "client missing": ["---\nchannels: [acme-bluesky]\n---\nx\n", '2:1 error schema missing required key "client"'],
  "client not an id": ["---\nclient: Acme!\nchannels: [acme-bluesky]\n---\nx\n", `2:9 error schema client: "Acme!" is not valid; ${ID}`],
  "client a number": [
    "---\nclient: 12\nchannels: [acme-bluesky]\n---\nx\n",
    "2:9 error schema client: expected a text, got the integer 12",
  ],
  "channels missing": ["---\nclient: acme\n---\nx\n", '2:1 error schema missing required key "channels"'],
  "channels empty": ["---\nclient: acme\nchannels: []\n---\nx\n", "3:11 error schema channels: expected at least 1 item"],
  "channels a string": [
    "---\nclient: acme\nchannels: acme-bluesky\n---\nx\n",
    '3:11 error schema channels: expected a list, got the text "acme-bluesky"',
  ],
  "channels without a value": ["---\nclient: acme\nchannels:\n---\nx\n", "3:10 error schema channels: expected a list, got nothing"],
  "channels listed twice": [
    "---\nclient: acme\nchannels: [acme-bluesky, acme-bluesky]\n---\nx\n",
    '3:26 error schema channels[1]: "acme-bluesky" is listed twice',
  ],
  "unknown top-level key": [
    postWith("tittle: x"),
    '4:1 error schema unknown key "tittle" (expected one of: client, channels, title, author, publish_at, facts, media, variants, sensitive, reply_to)',
    ["title"],
  ],
  "title empty": [postWith('title: ""'), "4:8 error schema title: must not be empty"],
  "title too long": [postWith(`title: ${"a".repeat(201)}`), "4:8 error schema title: expected at most 200 characters"],
  "title a number": [postWith("title: 5"), "4:8 error schema title: expected a text, got the integer 5"],
  "author not a login": [
    postWith("author: sam--x"),
    '4:9 error schema author: "sam--x" is not valid; expected a GitHub login (letters, digits and single hyphens)',
  ],
  "publish_at without offset": [
    postWith("publish_at: 2026-12-01T09:30:00"),
    `4:13 error schema publish_at: "2026-12-01T09:30:00" is not valid; ${DATE}`,
  ],
  "publish_at a date": [postWith("publish_at: 2026-12-01"), `4:13 error schema publish_at: "2026-12-01" is not valid; ${DATE}`],
  "publish_at month 13": [
    postWith("publish_at: 2026-13-01T09:30:00Z"),
    `4:13 error schema publish_at: "2026-13-01T09:30:00Z" is not valid; ${DATE}`,
  ],
  "facts not a list": [postWith("facts: yes"), '4:8 error schema facts: expected a list, got the text "yes"'],
  "fact without claim": [
    postWith("facts:", "  - source: https://a.example", "    provided_by: client"),
    '5:5 error schema facts[0]: missing required key "claim"',
  ],
  "fact with empty claim": [
    postWith("facts:", '  - claim: ""', "    source: https://a.example", "    provided_by: client"),
    "5:12 error schema facts[0].claim: must not be empty",
  ],
  "fact without source": [
    postWith("facts:", "  - claim: x", "    provided_by: client"),
    '5:5 error schema facts[0]: missing required key "source"',
  ],
  "fact with a too short source": [
    postWith("facts:", "  - claim: x", "    source: ab", "    provided_by: client"),
    "6:13 error schema facts[0].source: expected at least 3 characters",
  ],
  "fact without provided_by": [
    postWith("facts:", "  - claim: x", "    source: https://a.example"),
    '5:5 error schema facts[0]: missing required key "provided_by"',
  ],
  "fact with a misspelled provided_by": [
    postWith("facts:", "  - claim: x", "    source: https://a.example", "    provided_by: clint"),
    '7:18 error schema facts[0].provided_by: expected one of client, team, public; got "clint"',
    ["client"],
  ],
  "fact note a number": [
    postWith("facts:", "  - claim: x", "    source: https://a.example", "    provided_by: public", "    note: 3"),
    "8:11 error schema facts[0].note: expected a text, got the integer 3",
  ],
  "fact with an unknown key": [
    postWith("facts:", "  - claim: x", "    source: https://a.example", "    provided_by: public", "    sorce: y"),
    '8:5 error schema facts[0]: unknown key "sorce" (expected one of: claim, source, provided_by, note)',
    ["source"],
  ],
  "media without alt": [postWith("media:", "  - file: media/a.png"), '5:5 error schema media[0]: missing required key "alt"'],
  "media without file": [postWith("media:", "  - alt: A tent"), '5:5 error schema media[0]: missing required key "file"'],
  "media file with a drive letter": [
    postWith("media:", "  - file: C:\\a.png", "    alt: A tent"),
    '5:11 error schema media[0].file: "C:\\\\a.png" is not valid; expected a relative path without \\ : * ? " < > |',
  ],
  "media alt a number": [
    postWith("media:", "  - file: a.png", "    alt: 3"),
    "6:10 error schema media[0].alt: expected a text, got the integer 3",
  ],
  "variants a list": [postWith("variants: [a]"), "4:11 error schema variants: expected a mapping, got a list"],
  "variant empty": [postWith("variants:", '  acme-bluesky: ""'), "5:17 error schema variants.acme-bluesky: must not be empty"],
  "variant key not an id": [postWith("variants:", "  Acme: text"), `5:3 error schema variants: key "Acme" is not valid; ${ID}`],
  "sensitive without topic": [
    postWith("sensitive:", "  - reason: we endorse the bike lane vote"),
    '5:5 error schema sensitive[0]: missing required key "topic"',
  ],
  "sensitive topic not an id": [
    postWith("sensitive:", "  - topic: Politics!", "    reason: we endorse the bike lane vote"),
    `5:12 error schema sensitive[0].topic: "Politics!" is not valid; ${ID}`,
  ],
  "sensitive reason too short": [
    postWith("sensitive:", "  - topic: politics", "    reason: short"),
    "6:13 error schema sensitive[0].reason: expected at least 10 characters",
  ],
  "reply_to ftp": [
    postWith("reply_to: ftp://x.example/1"),
    '4:11 error schema reply_to: "ftp://x.example/1" is not valid; expected an http(s) URL',
  ],
  "reply_to not a URL": [postWith("reply_to: not a url"), '4:11 error schema reply_to: "not a url" is not valid; expected an http(s) URL'],
};

describe("post front-matter: every field of post.schema.json", () => {
  it.each(Object.entries(valid))("accepts %s", async (_name, text) => {
    expect(brief(await checkText(text))).toEqual([]);
  });

  it.each(Object.entries(invalid))("rejects %s at the offending key or value", async (_name, [text, expected, suggestions]) => {
    const messages = await checkText(text);
    expect(brief(messages)).toEqual([expected]);
    expect(messages[0]?.suggestions).toEqual(suggestions);
  });

  it("reports every schema problem of a file at once, in file order", async () => {
    const text = postWith('title: ""', "author: sam--x", "reply_to: nope");
    expect(brief(await checkText(text)).map((m) => m.split(" ")[0])).toEqual(["4:8", "5:9", "6:11"]);
  });
});

describe("cross-references between a post and checkpost.yml", () => {
  it("names an unknown client, the known ones and the closest as a suggestion", async () => {
    const messages = await checkText("---\nclient: acmee\nchannels: [acme-bluesky]\n---\nx\n");
    expect(brief(messages)).toEqual(['2:9 error schema client: unknown client "acmee" (known: acme, northwind)']);
    expect(messages[0]?.suggestions).toEqual(["acme"]);
    expect(messages[0]).toMatchObject({ endLine: 2, endColumn: 14 });
  });

  it("reports an unknown channel for the client in the issue's exact format", async () => {
    const messages = await checkText("---\nclient: acme\nchannels: [acme-bluesky, acme-x]\n---\nx\n");
    expect(brief(messages)).toEqual([
      '3:26 error schema channels[1]: unknown channel "acme-x" for client "acme" (known: acme-bluesky, acme-mastodon)',
    ]);
  });

  it("suggests the closest channel of the client for a typo", async () => {
    const messages = await checkText("---\nclient: acme\nchannels: [acme-blusky]\n---\nx\n");
    expect(messages[0]?.suggestions).toEqual(["acme-bluesky"]);
  });

  it("flags a channel of another client as the wrong account, not as unknown", async () => {
    expect(brief(await checkText("---\nclient: acme\nchannels: [northwind-discord]\n---\nx\n"))).toEqual([
      '3:12 error wrong-account channels[0]: "northwind-discord" is an account of client "northwind", not of "acme" (the client\'s channels: acme-bluesky, acme-mastodon)',
    ]);
  });

  it("flags a post filed in another client's folder", async () => {
    const text = "---\nclient: northwind\nchannels: [northwind-discord]\n---\nx\n";
    expect(brief(await checkText(text, "posts/acme/post.md"))).toEqual([
      '2:9 error wrong-account client: the post is filed under posts/acme/ (client "acme") but declares client "northwind"; move the file or fix the client',
    ]);
    expect(brief(await checkText(text, "posts/northwind/post.md"))).toEqual([]);
  });

  it("rejects a variant for a channel the post does not go to", async () => {
    expect(brief(await checkText(postWith("variants:", "  acme-linkedin: text")))).toEqual([
      "5:3 error schema variants.acme-linkedin: not one of this post's channels (acme-bluesky, acme-mastodon); a variant replaces the body for a channel the post goes to",
    ]);
  });
});
