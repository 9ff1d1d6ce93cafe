import { describe, expect, it } from "vitest";
import { loadConfig, NOW, run } from "../../../test/checkpoints/kit.js";
import { BASE_CONFIG } from "../../../test/helpers/foundation.js";
import { patch } from "../../../test/helpers/patch.js";
import { checkLoadedPost } from "../../check/check-post.js";
import { parsePost } from "../../post/parsed-post.js";
import { apostropheRule } from "../apostrophe/index.js";
import { spellingRule } from "./index.js";
import { SOCIAL_WORDS } from "./social-words.js";
import { hashOf, loadSpeller, nearWords } from "./speller.js";

const CONFIG = `dictionary:\n  words: [Acme, Trailhead]\n${BASE_CONFIG}`;

describe("spelling", () => {
  it("gives at most 3 suggestions, with the word's case", async () => {
    const config = await loadConfig(CONFIG);
    const loaded = parsePost(
      "/content/posts/acme/p.md",
      "posts/acme/p.md",
      "---\nclient: acme\nchannels: [acme-bluesky]\n---\nRecieve it. Acmee tents.\n",
    );
    const messages = await checkLoadedPost(loaded, config, { now: NOW, rules: [spellingRule] });
    expect(messages.map((m) => [m.line, m.column, m.endLine, m.endColumn, m.suggestions])).toEqual([
      [5, 1, 5, 8, ["Receive", "Relieve"]],
      [5, 13, 5, 18, ["Acme", "Acmes"]],
    ]);
  });

  it("accepts the client's own words only for that client", async () => {
    const config = await loadConfig(patch(CONFIG, "  northwind:\n", "  northwind:\n    dictionary:\n      words: [levain]\n"));
    const post = (client: string, channel: string) => `---\nclient: ${client}\nchannels: [${channel}]\n---\nFresh levain today.\n`;
    expect(await run(spellingRule, post("northwind", "northwind-discord"), { config, relPath: "posts/northwind/p.md" })).toEqual([]);
    expect(await run(spellingRule, post("acme", "acme-bluesky"), { config })).toEqual([
      '5:7 error spelling "levain" is misspelt; expected a word from the dictionary or the config\'s words',
    ]);
  });

  it("suggests from each client's own words, even when two clients have as many words", async () => {
    const config = await loadConfig(
      patch(
        patch(CONFIG, "  northwind:\n", "  northwind:\n    dictionary:\n      words: [Zorbix]\n"),
        "    folders: [posts/acme]\n",
        "    folders: [posts/acme]\n    dictionary:\n      words: [Zorbex]\n",
      ),
    );
    const suggestionsFor = async (client: string, channel: string) => {
      const text = `---\nclient: ${client}\nchannels: [${channel}]\n---\nZorbax\n`;
      const loaded = parsePost(`${config.root}/posts/${client}/p.md`, `posts/${client}/p.md`, text);
      const [message] = await checkLoadedPost(loaded, config, { rules: [spellingRule] });
      return message?.suggestions;
    };
    expect(await suggestionsFor("acme", "acme-bluesky")).toEqual(["Zorbex"]);
    expect(await suggestionsFor("northwind", "northwind-discord")).toEqual(["Zorbix"]);
  });

  it("finds near words by one edit first, then two", () => {
    const words = new Set(["receive", "tent", "tents", "comfortable"]);
    expect(nearWords("recieve", (w) => words.has(w), 3)).toEqual(["receive"]);
    expect(nearWords("Tnets", (w) => words.has(w), 3)).toEqual(["Tents"]);
    expect(nearWords("comfortibel", (w) => words.has(w), 3)).toEqual(["comfortable"]);
    expect(nearWords("zzzz", (w) => words.has(w), 3)).toEqual([]);
  });

  it("gives a candidate's hash before building it, and skips the candidates whose hash no word has", () => {
    const seen = new Map<number, number>();
    const visited: string[] = [];
    const record = (w: string) => {
      visited.push(w);
      return false;
    };
    const count = (h: number) => {
      seen.set(h, (seen.get(h) ?? 0) + 1);
      return true;
    };
    nearWords("tnet", record, 3, { mayBeWord: () => count });
    // One hash per candidate, equal to the built string's: swaps first, then deletions, replacements, insertions.
    expect(visited.slice(0, 4)).toEqual(["ntet", "tent", "tnte", "net"]);
    // Candidates equal to the word itself are hashed but never offered to isWord.
    expect([...seen.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(visited.length);
    expect(visited.every((w) => seen.has(hashOf(w)))).toBe(true);

    const words = new Set(["receive", "tent", "tents", "tenet", "comfortable", "recommend"]);
    const hashes = new Set([...words].map(hashOf));
    const asked: string[] = [];
    const isWord = (w: string) => {
      asked.push(w);
      return words.has(w);
    };
    for (const word of ["tnet", "recieve", "comfortibel", "reccomend", "zzzz"]) {
      const unfiltered = nearWords(word, (w) => words.has(w), 3);
      asked.length = 0;
      expect(nearWords(word, isWord, 3, { mayBeWord: () => (h) => hashes.has(h) })).toEqual(unfiltered);
      expect(asked.every((w) => hashes.has(hashOf(w)))).toBe(true);
    }
    expect(nearWords("tnet", (w) => words.has(w), 3)).toEqual(["tent", "tenet"]);
  });

  it("looks two edits away only when asked to", () => {
    const words = new Set(["recommend"]);
    expect(nearWords("reccomend", (w) => words.has(w), 3, { twoEdits: false })).toEqual([]);
    expect(nearWords("reccomend", (w) => words.has(w), 3)).toEqual(["recommend"]);
  });

  it("looks for a second edit only where it can remove every sequence no word has", () => {
    const words = new Set(["recommend"]);
    const asked: string[] = [];
    const window = (c: string) => (c === "reccomend" ? undefined : ([0, c.length] as const));
    const ask = (w: string) => {
      asked.push(w);
      return words.has(w);
    };
    nearWords("reccomend", ask, 3, { secondEdit: window });
    expect(asked.length).toBeGreaterThan(0);
    expect(nearWords("reccomend", (w) => words.has(w), 3, { secondEdit: () => undefined })).toEqual([]);
    expect(nearWords("reccomend", (w) => words.has(w), 3, { secondEdit: window })).toEqual(["recommend"]);
  });
});

const post = (body: string) => `---\nclient: acme\nchannels: [acme-bluesky]\n---\n${body}\n`;
const misspelt = (at: string, word: string, hashtag?: string) =>
  `${at} error spelling "${word}"${hashtag ? ` in ${hashtag}` : ""} is misspelt; expected a word from the dictionary or the config's words`;

describe("hashtags", () => {
  it("accepts a one-part hashtag of run-together words or of at most 4 letters, and contractions without their apostrophe", async () => {
    const tags = "#wintercamping #motivationmonday #photooftheday #acmetents #tbt #ootd #DontGiveUp #ImFine #dontgiveup #café #nofilter";
    expect(await run(spellingRule, post(tags), { config: CONFIG })).toEqual([]);
  });

  it("still reports a misspelt word as a hashtag, a typo that splits into words, and a misspelt part", async () => {
    expect(await run(spellingRule, post("#recieve #writting #wintercampign #TentLyfe #Dontt #tommorow"), { config: CONFIG })).toEqual([
      misspelt("5:2", "recieve", "#recieve"),
      // writ + ting, but one letter from "writing".
      misspelt("5:11", "writting", "#writting"),
      misspelt("5:21", "wintercampign", "#wintercampign"),
      misspelt("5:40", "Lyfe", "#TentLyfe"),
      misspelt("5:46", "Dontt", "#Dontt"),
      // tom + mo + row, if the abbreviations of en_US ("mo") were parts.
      misspelt("5:53", "tommorow", "#tommorow"),
    ]);
  });

  it("reports a one-part hashtag two edits from a word with its first letter, though it splits into words", async () => {
    // pub + li + cally, but "publicly" is two edits away; "nofilter" is two from "filter", another first letter.
    expect(await run(spellingRule, post("#publically #nofilter"), { config: CONFIG })).toEqual([
      misspelt("5:2", "publically", "#publically"),
    ]);
  });
});

describe("words other rules report", () => {
  it("leaves a contraction without its apostrophe to the apostrophe rule, but reports it quoted, which that rule skips", async () => {
    const config = await loadConfig(CONFIG);
    const loaded = parsePost(
      "/content/posts/acme/p.md",
      "posts/acme/p.md",
      post('Dont worry, theyre fine and we couldnt wait. Our Id. "didnt"'),
    );
    const messages = await checkLoadedPost(loaded, config, { now: NOW, rules: [spellingRule, apostropheRule] });
    expect(messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)).toEqual([
      `5:1 apostrophe "Dont" is missing its apostrophe; expected "Don't"`,
      `5:13 apostrophe "theyre" is missing its apostrophe; expected "they're"`,
      `5:32 apostrophe "couldnt" is missing its apostrophe; expected "couldn't"`,
      `5:50 apostrophe "Id" is missing its apostrophe; expected "I'd"`,
      `5:55 spelling "didnt" is misspelt; expected a word from the dictionary or the config's words`,
    ]);
  });

  it("does not take the scheme of a malformed URL for a word", async () => {
    expect(await run(spellingRule, post("See https:/acme.example/tents, http:acme or www acme."), { config: CONFIG })).toEqual([]);
  });
});

describe("accented words", () => {
  it("accepts a word whose letters without accents are a word, as en_US has no accented forms", async () => {
    expect(await run(spellingRule, post("Café CAFÉ naïve résumés, a fiancée, jalapeños. Déjà vu."), { config: CONFIG })).toEqual([
      // en_US has neither "deja" nor "vu": a config word can add them.
      misspelt("5:48", "Déjà"),
      misspelt("5:53", "vu"),
    ]);
  });
});

describe("British spellings", () => {
  it("accepts common British-only words and British forms of medical and other stems", async () => {
    const words =
      "grey tyre programme aluminium jewellery cheque learnt enrol practise kerb storey plough manoeuvre paediatric ageing judgement sceptical cosy pyjamas amongst fulfil\n" +
      "Greyish programmes kilogramme manoeuvres paediatrician anaesthetic oestrogen foetus enrolment fulfilment skilful practised scepticism acknowledgement spelt storeys whilst.";
    expect(await run(spellingRule, post(words), { config: CONFIG })).toEqual([]);
  });

  it("accepts the British form of an American word, but not typos that look like one", async () => {
    const post =
      "---\nclient: acme\nchannels: [acme-bluesky]\n---\nThe centre organised colourful catalogues; a licence, travelled.\nWintre sence watre safoety.\n";
    expect(await run(spellingRule, post, { config: CONFIG })).toEqual([
      '6:1 error spelling "Wintre" is misspelt; expected a word from the dictionary or the config\'s words',
      '6:8 error spelling "sence" is misspelt; expected a word from the dictionary or the config\'s words',
      '6:14 error spelling "watre" is misspelt; expected a word from the dictionary or the config\'s words',
      // A slipped "o" is not the British "oe" of "foetus".
      '6:20 error spelling "safoety" is misspelt; expected a word from the dictionary or the config\'s words',
    ]);
  });
});

describe("hyphenated words", () => {
  it("accepts a common prefix before a hyphen, and common hyphenated forms whose parts are no words", async () => {
    const text =
      "Pre-order now: pre-orders, eco-friendly, un-boxed, de-ice, tri-state, neo-classical. Wi-Fi, hi-fi, sci-fi, lo-fi; T-shirts, X-rays.";
    expect(await run(spellingRule, post(text), { config: CONFIG })).toEqual([]);
  });

  it("still reports a misspelt word after a prefix, and a prefix that is not first", async () => {
    expect(await run(spellingRule, post("Our pre-ordr and eco-frendly range, all-pre-order."), { config: CONFIG })).toEqual([
      misspelt("5:9", "ordr"),
      misspelt("5:22", "frendly"),
      misspelt("5:41", "pre"),
    ]);
  });
});

describe("built-in social-media, retail and food words", () => {
  it("accepts them and their inflections for every client, with their accents, like the config's words", async () => {
    const text =
      "Our livestream, reposted: wishlist the daypack, influencers' merch collabs and upcycled softshells. Glamping, bikepacking, carabiners.\n" +
      "Preorder via signup; ecommerce livestreaming. Chocolatey matcha, chai, focaccia, panettone, stollen, challah, babka, kombucha, açaí, frangipane, boule.";
    expect(await run(spellingRule, post(text), { config: CONFIG })).toEqual([]);
  });

  it("splits run-together hashtags with them and suggests them for a typo", async () => {
    const config = await loadConfig(CONFIG);
    const loaded = parsePost("/content/posts/acme/p.md", "posts/acme/p.md", post("#livestreamsale Our kombuchaa."));
    const messages = await checkLoadedPost(loaded, config, { now: NOW, rules: [spellingRule] });
    expect(messages.map((m) => [m.message, m.suggestions])).toEqual([
      [`"kombuchaa" is misspelt; expected a word from the dictionary or the config's words`, ["kombucha"]],
    ]);
  });

  it("holds only lower-case words that en_US lacks, once each", async () => {
    const speller = await loadSpeller();
    expect(SOCIAL_WORDS.filter((w) => w !== w.toLowerCase() || speller.correct(w))).toEqual([]);
    expect(new Set(SOCIAL_WORDS).size).toBe(SOCIAL_WORDS.length);
    expect(SOCIAL_WORDS.length).toBeGreaterThan(150);
  });
});
