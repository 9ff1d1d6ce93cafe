import { describe, expect, it } from "vitest";
import { loadConfig, NOW, run } from "../../../test/checkpoints/kit.js";
import { BASE_CONFIG } from "../../../test/helpers/foundation.js";
import { patch } from "../../../test/helpers/patch.js";
import { checkLoadedPost } from "../../check/check-post.js";
import { parsePost } from "../../post/parsed-post.js";
import { apostropheRule } from "../apostrophe/index.js";
import { lettersApart, spellingRule } from "./index.js";
import { SOCIAL_WORDS } from "./social-words.js";
import { hashOf, loadSpeller, nearWords } from "./speller.js";

const CONFIG = `dictionary:\n  words: [Acme, Trailhead]\n${BASE_CONFIG}`;
/** What every message on an unknown word ends with: the command that adds it. */
const addIt = (word: string, client = "acme") => ` (if it is a word, add it: \`checkpost words add ${word} --client ${client}\`)`;

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
      `5:7 error spelling "levain" is misspelt; expected a word from the dictionary or the config's words${addIt("levain")}`,
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

  it("ranks the closest first: a swap or a missing letter before a wrong key, the first letter kept before changed", () => {
    const words = new Set(["weekday", "wednesday", "tents", "nets", "tenets", "met", "sett", "mitt"]);
    const near = (word: string, limit = 3) => nearWords(word, (w) => words.has(w), limit);
    // Two letters left out (4 half steps) before two wrong keys (6), though the wrong keys are found first.
    expect(near("wensday")).toEqual(["wednesday", "weekday"]);
    // A swap and a missing letter before a changed first letter.
    expect(near("tnets")).toEqual(["tents", "tenets", "nets"]);
    // A doubled letter is a cheap slip; a wrong first letter ranks last, and the limit cuts it.
    expect(near("mett", 2)).toEqual(["met", "mitt"]);
    // Unranked, the first found, in the order found: enough to know whether a word is near.
    expect(nearWords("mett", (w) => words.has(w), 3, { ranked: false })).toEqual(["met", "sett", "mitt"]);
  });

  it("counts the letters to lose or gain between two words: 1 for a missing letter, 2 for a swap or a wrong key", () => {
    expect(lettersApart("wensday", "wednesday")).toBe(2);
    expect(lettersApart("publically", "publicly")).toBe(2);
    expect(lettersApart("thrusday", "thursday")).toBe(2);
    expect(lettersApart("hartley", "hardly")).toBe(3);
    expect(lettersApart("wensday", "weekday")).toBe(4);
    expect(lettersApart("", "abc")).toBe(3);
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
  `${at} error spelling "${word}"${hashtag ? ` in ${hashtag}` : ""} is misspelt; expected a word from the dictionary or the config's words${addIt(word)}`;

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
      `5:55 spelling "didnt" is misspelt; expected a word from the dictionary or the config's words${addIt("didnt")}`,
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
      // Capitalised and far from every word: a name, perhaps (see "unknown names").
      `5:48 warning spelling "Déjà" is not in the dictionary; if it is a name, add it: \`checkpost words add Déjà --client acme\``,
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
      misspelt("6:1", "Wintre"),
      misspelt("6:8", "sence"),
      misspelt("6:14", "watre"),
      // A slipped "o" is not the British "oe" of "foetus".
      misspelt("6:20", "safoety"),
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
      [`"kombuchaa" is misspelt; expected a word from the dictionary or the config's words${addIt("kombuchaa")}`, ["kombucha"]],
    ]);
  });

  it("holds only lower-case words that en_US lacks, once each", async () => {
    const speller = await loadSpeller();
    expect(SOCIAL_WORDS.filter((w) => w !== w.toLowerCase() || speller.correct(w))).toEqual([]);
    expect(new Set(SOCIAL_WORDS).size).toBe(SOCIAL_WORDS.length);
    expect(SOCIAL_WORDS.length).toBeGreaterThan(150);
  });
});

describe("platform, brand and industry words (cspell's company and en_US lists)", () => {
  it("accepts the platforms, tools and industry words social teams write, and inflections hunspell lacks", async () => {
    const text =
      "We post on LinkedIn, TikTok, WhatsApp, Pinterest, Reddit and Snapchat. The shop runs on Shopify with HubSpot, Zapier, Mailchimp, Canva and Figma.\n" +
      "We asked ChatGPT from OpenAI about SaaS, martech and fintech: upsell omnichannel integrations on a subreddit and two microsites.";
    expect(await run(spellingRule, post(text), { config: CONFIG })).toEqual([]);
  });

  it("reads a platform's name in its own case only", async () => {
    expect(await run(spellingRule, post("Follow us on Linkedin."), { config: CONFIG })).toEqual([misspelt("5:14", "Linkedin")]);
  });
});

describe("hashtags with acronyms, brands and coined words", () => {
  it("keeps an acronym in mixed case whole, joins a brand's parts, and never reports an unknown one-part tag", async () => {
    const tags =
      "#SaaS #SaaSTips #PaaS2026 #martech #TikTok #TikTokTips #LinkedInTips #ChatGPTPrompts #Hartley #fintech #omnichannel #zorbaxine #growthloops";
    expect(await run(spellingRule, post(tags), { config: CONFIG })).toEqual([]);
  });

  it("reports only a part that is clearly a slip of a known word", async () => {
    expect(await run(spellingRule, post("#Shopfiy #wintercampign #TentLyfe #Kestrelwood"), { config: CONFIG })).toEqual([
      misspelt("5:2", "Shopfiy", "#Shopfiy"),
      misspelt("5:11", "wintercampign", "#wintercampign"),
      misspelt("5:30", "Lyfe", "#TentLyfe"),
    ]);
  });
});

describe("unknown names", () => {
  const name = (at: string, word: string, severity = "warning") =>
    `${at} ${severity} spelling "${word}" is not in the dictionary; if it is a name, add it: \`checkpost words add ${word} --client acme\``;

  it("reports a capitalised word near a known word as a typo with the suggestion", async () => {
    const config = await loadConfig(CONFIG);
    const loaded = parsePost("/content/posts/acme/p.md", "posts/acme/p.md", post("Our shop is on Shopfiy and HubSpto."));
    const messages = await checkLoadedPost(loaded, config, { now: NOW, rules: [spellingRule] });
    expect(messages.map((m) => [m.severity, m.message.split(";")[0], m.suggestions?.[0]])).toEqual([
      ["error", '"Shopfiy" is misspelt', "Shopify"],
      ["error", '"HubSpto" is misspelt', "HubSpot"],
    ]);
  });

  it.each([
    // Letters left out of a month, a weekday, a place: the dictionary has these only with a capital.
    ["Febuary", "February"],
    ["Janury", "January"],
    ["Octobr", "October"],
    ["Wensday", "Wednesday"],
    ["Wednsday", "Wednesday"],
    ["Manchestr", "Manchester"],
    ["Decmber", "December"],
    // Two letters swapped.
    ["Thrusday", "Thursday"],
    ["Tuseday", "Tuesday"],
    ["Feburary", "February"],
    ["Lodnon", "London"],
    // Sentence case and capitals: a word written with a capital is searched among names too.
    ["FEBUARY", "FEBRUARY"],
  ])("reports %s, a slip of a word the dictionary writes with a capital, as a typo of %s", async (typo, expected) => {
    const config = await loadConfig(CONFIG);
    const loaded = parsePost("/content/posts/acme/p.md", "posts/acme/p.md", post(`It opens on ${typo}, at ten.`));
    const messages = await checkLoadedPost(loaded, config, { now: NOW, rules: [spellingRule] });
    expect(messages.map((m) => [m.severity, m.message.split(";")[0], m.suggestions?.[0]])).toEqual([
      ["error", `"${typo}" is misspelt`, expected],
    ]);
  });

  it("reports the lead's post with the closest suggestions, the first letter kept", async () => {
    const config = await loadConfig(CONFIG);
    const text = "It goes on sale in Febuary. Shopfiy and Wensday too. We mett in Janury. Tnets.";
    const loaded = parsePost("/content/posts/acme/p.md", "posts/acme/p.md", post(text));
    const messages = await checkLoadedPost(loaded, config, { now: NOW, rules: [spellingRule] });
    expect(messages.map((m) => [m.severity, m.message.split(" ")[0], m.suggestions])).toEqual([
      ["error", '"Febuary"', ["February"]],
      ["error", '"Shopfiy"', ["Shopify"]],
      ["error", '"Wensday"', ["Wednesday", "Weekday"]],
      ["error", '"mett"', ["met", "mitt", "mutt"]],
      ["error", '"Janury"', ["January"]],
      ["error", '"Tnets"', ["Tents", "Tenets", "Nets"]],
    ]);
  });

  it("keeps a name a letter longer than a dictionary name, or a letter apart, a name to add", async () => {
    // "Harley", "Jason" and "Hardly" are words, but a name with a letter more or another is as often a name.
    expect(await run(spellingRule, post("Hartley and Sons. Jaxson's bakery. #Hartley"), { config: CONFIG })).toEqual([
      name("5:1", "Hartley"),
      '5:19 warning spelling "Jaxson\'s" is not in the dictionary; if it is a name, add it: `checkpost words add Jaxson --client acme`',
    ]);
  });

  it("searches a lower-case word among lower-case words only: a name's slip must be written with a capital", async () => {
    const config = await loadConfig(CONFIG);
    const loaded = parsePost("/content/posts/acme/p.md", "posts/acme/p.md", post("It opens in febuary."));
    const [message] = await checkLoadedPost(loaded, config, { now: NOW, rules: [spellingRule] });
    expect(message?.suggestions).not.toContain("February");
    expect(message?.suggestions).not.toContain("february");
  });

  it("warns on a capitalised word far from every known word, with the command that adds it", async () => {
    expect(await run(spellingRule, post("Meet Kestrelwood and Zorbaxine's team."), { config: CONFIG })).toEqual([
      name("5:6", "Kestrelwood"),
      // A possessive is added without its "'s".
      '5:22 warning spelling "Zorbaxine\'s" is not in the dictionary; if it is a name, add it: `checkpost words add Zorbaxine --client acme`',
    ]);
  });

  it("takes the warning's severity from the client's `unknown_names`, as every severity", async () => {
    const config = patch(
      CONFIG,
      "    folders: [posts/acme]\n",
      "    folders: [posts/acme]\n    checks:\n      spelling: {unknown_names: error}\n",
    );
    expect(await run(spellingRule, post("Meet Kestrelwood."), { config })).toEqual([name("5:6", "Kestrelwood", "error")]);
    const off = patch(
      CONFIG,
      "    folders: [posts/acme]\n",
      '    folders: [posts/acme]\n    checks:\n      spelling: {unknown_names: "off"}\n',
    );
    expect(await run(spellingRule, post("Meet Kestrelwood."), { config: off })).toEqual([]);
  });
});

describe("British clients (language: en-GB)", () => {
  const british = patch(CONFIG, "    folders: [posts/acme]\n", "    folders: [posts/acme]\n    language: en-GB\n");

  it("accepts cspell's British forms for an en-GB client only", async () => {
    const text = "Our speciality: a moustache wax. Any enquiry welcome, whatever your specialities.";
    expect(await run(spellingRule, post(text), { config: british })).toEqual([]);
    expect(await run(spellingRule, post(text), { config: CONFIG })).toEqual([
      misspelt("5:5", "speciality"),
      misspelt("5:19", "moustache"),
      misspelt("5:38", "enquiry"),
      misspelt("5:69", "specialities"),
    ]);
  });

  it("still reports typos for an en-GB client", async () => {
    expect(await run(spellingRule, post("Our specialitty and colourfull tents."), { config: british })).toEqual([
      misspelt("5:5", "specialitty"),
      misspelt("5:21", "colourfull"),
    ]);
  });
});
