import { beforeAll, describe, expect, it } from "vitest";
import { renderChannelText } from "../text/channel-text.js";
import { countGraphemes } from "../text/count.js";
import { hashtagsIn, mentionsIn, urlsIn } from "../text/tokens.js";
import { countBluesky } from "./bluesky/adapter.js";
import { countDiscord } from "./discord/adapter.js";
import { countLinkedIn, toLinkedInLittleText } from "./linkedin/adapter.js";
import { countMastodon } from "./mastodon/adapter.js";
import { countX, loadXCounter } from "./x/adapter.js";

beforeAll(loadXCounter);

const FAMILY = "👨‍👩‍👧‍👦"; // 4 emoji joined by 3 ZWJ: 1 grapheme, 7 code points, 25 UTF-8 bytes

describe("renderChannelText", () => {
  it("flattens links, emphasis, code, headings, comments and escapes", () => {
    const md = [
      "# Winter sale",
      "",
      "<!-- checkpost-disable spelling -->",
      "**40% off** all _tents_ and ~~old~~ `gear`, see [the sale](https://acme.example/sale).",
      "",
      "",
      "",
      "> Quote \\*not emphasis\\* and snake_case_name stay. ![tent](media/t.png)",
      "Plain <https://acme.example> and [https://a.example](https://a.example) #WinterCamping   ",
    ].join("\n");
    expect(renderChannelText(md)).toBe(
      [
        "Winter sale",
        "",
        "40% off all tents and old gear, see the sale (https://acme.example/sale).",
        "",
        "Quote *not emphasis* and snake_case_name stay.",
        "Plain https://acme.example and https://a.example #WinterCamping",
      ].join("\n"),
    );
  });

  it("keeps hashtags at line start (no space: not a heading) and list markers", () => {
    expect(renderChannelText("#Tag at start\n- one\n* two")).toBe("#Tag at start\n- one\n* two");
  });
});

describe("platform counts", () => {
  it("counts graphemes like Intl.Segmenter, also when marks and keycaps join an ASCII character", () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
    for (const text of ["plain ascii\r\nline", "cafe\u0301 1\ufe0f\u20e3 🇩🇪🇫🇷 é", `a${FAMILY}b 日本 x\u0300\u0301y`, "", "\u0301start"]) {
      expect(countGraphemes(text), text).toBe([...segmenter.segment(text)].length);
    }
    expect(countGraphemes("cafe\u0301 1\ufe0f\u20e3 🇩🇪🇫🇷")).toBe(9);
  });

  it("counts an emoji ZWJ sequence as one grapheme and 25 bytes", () => {
    expect(countGraphemes(FAMILY)).toBe(1);
    expect(countBluesky(`Hi ${FAMILY}`)).toEqual({ graphemes: 4, bytes: 28 });
    expect(countDiscord(FAMILY)).toBe(7);
    expect(countX(FAMILY)).toBe(2);
  });

  it("counts CJK: one grapheme, three bytes, weight two on X", () => {
    expect(countBluesky("日本語のテキスト")).toEqual({ graphemes: 8, bytes: 24 });
    expect(countX("日本語のテキスト")).toBe(16);
    expect(countMastodon("日本語")).toBe(3);
  });

  it("Mastodon counts every URL as 23 and @user@domain as @user", () => {
    const url = "https://acme.example/a/very/long/path/that/goes/on/and/on/and/on";
    expect(url.length).toBe(64);
    expect(countMastodon(`See ${url} now`)).toBe(4 + 23 + 4);
    expect(countMastodon("Thanks @alice@mastodon.social and @bob")).toBe("Thanks @alice and @bob".length);
    expect(countMastodon("mail info@acme.example")).toBe(22);
  });

  it("Mastodon counts the punctuation after a URL as text, not as part of the 23", () => {
    expect(countMastodon("a https://example.com/x.")).toBe(2 + 23 + 1);
    expect(countMastodon("(see https://acme.example/sale!), https://acme.example/b?!")).toBe(5 + 23 + 4 + 23 + 2);
    // 475 letters and a space, a URL and a full stop: 476 + 23 + 1 = 500 fits; one more character does not.
    const text = (n: number) => `${"a".repeat(n)} https://acme.example/x.`;
    expect(countMastodon(text(475))).toBe(500);
    expect(countMastodon(text(476))).toBe(501);
  });

  it("X weighs URLs 23", () => {
    // twitter-text only knows real top-level domains: ".example" would be counted as text.
    expect(countX("See https://acme.com/a/very/long/path now")).toBe(4 + 23 + 4);
  });

  it("LinkedIn counts the escaped little text with hashtags as templates", () => {
    expect(toLinkedInLittleText("Tents (all) 40% off #WinterCamping @acme")).toBe(
      "Tents \\(all\\) 40% off {hashtag|\\#|WinterCamping} \\@acme",
    );
    expect(countLinkedIn("Tents (all) 40% off #WinterCamping @acme")).toBe(55);
  });

  it("LinkedIn and Discord count a URL and the punctuation after it character by character", () => {
    expect(countLinkedIn("a https://acme.example/x.")).toBe(25);
    expect(countDiscord("a https://acme.example/x.")).toBe(25);
    expect(countX("a https://acme.com/x.")).toBe(2 + 23 + 1);
  });
});

describe("social tokens", () => {
  it("finds URLs without trailing punctuation, hashtags with a letter, mentions but not e-mail", () => {
    const text = "Go to https://acme.example/sale#tents. #1 #WinterCamping #2026Sale @acme @alice@mastodon.social jane@acme.example";
    expect(urlsIn(text)).toEqual([{ text: "https://acme.example/sale#tents", index: 6 }]);
    expect(hashtagsIn(text).map((h) => h.text)).toEqual(["#WinterCamping", "#2026Sale"]);
    expect(mentionsIn(text).map((h) => h.text)).toEqual(["@acme", "@alice@mastodon.social"]);
  });
});
