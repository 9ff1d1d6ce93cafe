// Generates a deterministic corpus of social posts for the benchmark: bench/.corpus/ with a
// checkpost.yml, a words file, a cspell config with the same words, 2,000 posts and truth.json,
// the exact place of every planted misspelling.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import dictionary from "dictionary-en";
import nspell from "nspell";

export const POSTS = 2000;
const spell = nspell(dictionary);

/** mulberry32: a small seeded PRNG, so every run generates the same corpus. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BRANDS = [
  "Acme",
  "AcmeOutdoor",
  "Trailhead",
  "Ridgeline",
  "Northwind",
  "Summitly",
  "Glacierpeak",
  "Kestrelwood",
  "Fieldnote",
  "Hearthloaf",
];
const CHANNELS = {
  acme: ["acme-bluesky", "acme-mastodon", "acme-linkedin"],
  northwind: ["northwind-bluesky", "northwind-discord", "northwind-linkedin"],
};

const PROSE = `our team spent the whole winter testing every tent in the range on cold windy ridges and wet valleys
we learned that good shelter matters more than anything else when the weather turns and the light fades early
this season we are launching new gear for families who camp together and for people who travel light
every product is designed to last for years and is repaired for free when something breaks on the trail
join our community of walkers climbers and campers and share your favorite routes photos and stories with us
the new jacket keeps you warm and dry while the backpack carries everything you need for a long weekend away
thank you to everyone who visited the shop this month and to the volunteers who cleaned the river path
fresh bread and coffee are waiting for you every morning from seven and the kitchen stays open until late
our bakers start before sunrise to prepare the dough and bake loaves pastries and cakes for the whole town
customers often ask how we choose our flour so here is a short story about the farmers we work with
the class covers shaping folding and baking and every guest takes home a jar of starter and a recipe card
we believe that small businesses make neighborhoods stronger and we are proud to be part of this street
read the full review and let us know what you think about the design the weight and the price
the forecast looks bright for the weekend so pack a map water snacks and a warm layer before you leave
please remember to leave no trace take your rubbish home and respect the wildlife along the way
we are hiring friendly people who love the outdoors and enjoy helping customers find the right equipment
the event starts at noon with music games and food and ends with a short talk about safety in the mountains
our customers tell us that comfort quality and honest advice are the reasons they keep coming back
sign up for the newsletter to hear about new arrivals workshops and special offers before anyone else
the store will be closed on the holiday but the online shop remains open and orders ship the next day`
  .split(/\s+/)
  // "a" is left out: random picks would put it before vowels ("a evening"), which the article check rightly reports.
  .filter((w) => w !== "a" && spell.correct(w));

const COMMON_TYPOS = [
  "recieve",
  "definately",
  "seperate",
  "occured",
  "accomodate",
  "untill",
  "wich",
  "beleive",
  "goverment",
  "tommorow",
  "neccessary",
  "truely",
  "begining",
  "calender",
  "enviroment",
  "existance",
  "freind",
  "grammer",
  "independant",
  "occassion",
  "publically",
  "reccomend",
  "wierd",
  "writting",
].filter((w) => !spell.correct(w));

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** A random one-letter edit of a word that is not itself a word. */
function oneLetterEdit(word, random) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const i = Math.floor(random() * word.length);
    const c = LETTERS[Math.floor(random() * LETTERS.length)];
    const kind = Math.floor(random() * 4);
    let edited;
    if (kind === 0) edited = word.slice(0, i) + c + word.slice(i);
    else if (kind === 1 && word.length > 3) edited = word.slice(0, i) + word.slice(i + 1);
    else if (kind === 2) edited = word.slice(0, i) + c + word.slice(i + 1);
    else if (i < word.length - 1) edited = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (edited && edited !== word && !spell.correct(edited)) return edited;
  }
  return undefined;
}

const camel = (words) => words.map((w) => w[0].toUpperCase() + w.slice(1)).join("");

export function generate(root) {
  const random = prng(20261121);
  const pick = (list) => list[Math.floor(random() * list.length)];
  rmSync(root, { recursive: true, force: true });
  for (const client of Object.keys(CHANNELS)) mkdirSync(path.join(root, "posts", client), { recursive: true });

  writeFileSync(path.join(root, "dictionary.txt"), `# Brands and products\n${BRANDS.join("\n")}\n`);
  writeFileSync(path.join(root, "cspell.json"), `${JSON.stringify({ version: "0.2", language: "en", words: BRANDS }, null, 2)}\n`);
  writeFileSync(
    path.join(root, "checkpost.yml"),
    `posts: posts/**/*.md
dictionary:
  file: dictionary.txt
clients:
  acme:
    name: Acme Outdoor
    contact: jane-acme
    folders: [posts/acme]
    channels:
      acme-bluesky: {type: bluesky, handle: acmeoutdoor.bsky.social, secret_env: ACME_BSKY}
      acme-mastodon: {type: mastodon, instance: https://mastodon.social, account: "@acmeoutdoor", secret_env: ACME_MASTODON}
      acme-linkedin: {type: linkedin, author: "urn:li:organization:1", secret_env: ACME_LINKEDIN}
  northwind:
    name: Northwind Bakery
    contact: ola-northwind
    folders: [posts/northwind]
    channels:
      northwind-bluesky: {type: bluesky, handle: northwind.bsky.social, secret_env: NW_BSKY}
      northwind-discord: {type: discord, secret_env: NW_DISCORD}
      northwind-linkedin: {type: linkedin, author: "urn:li:organization:2", secret_env: NW_LINKEDIN}
`,
  );

  const truth = [];
  let words = 0;
  for (let n = 0; n < POSTS; n++) {
    const client = n % 2 === 0 ? "acme" : "northwind";
    const rel = `posts/${client}/${String(n).padStart(4, "0")}-post.md`;
    const channels = CHANNELS[client].filter(() => random() < 0.7);
    if (channels.length === 0) channels.push(CHANNELS[client][0]);
    const day = 1 + (n % 28);
    const head = [
      "---",
      `client: ${client}`,
      `channels: [${channels.join(", ")}]`,
      `title: Post ${n} about ${pick(PROSE)} and ${pick(PROSE)}`,
      `publish_at: 2027-02-${String(day).padStart(2, "0")}T10:00:00+01:00`,
      "---",
      "",
    ];
    const lines = [...head];
    const target = 100 + Math.floor(random() * 151);
    let count = 0;
    let paragraph = [];
    const plant = (word, column) => truth.push({ file: rel, line: lines.length + 1, column, word });
    while (count < target) {
      const length = 6 + Math.floor(random() * 12);
      const sentence = [];
      for (let i = 0; i < length; i++) {
        const r = random();
        if (r < 0.035) sentence.push(pick(BRANDS));
        else if (r < 0.045) sentence.push(String(1 + Math.floor(random() * 90)));
        else {
          // No accidental "the the": a repeated word is a finding of its own check, not part of this corpus.
          let word = pick(PROSE);
          while (word === sentence.at(-1)) word = pick(PROSE);
          sentence.push(word);
        }
      }
      sentence[0] = sentence[0][0].toUpperCase() + sentence[0].slice(1);
      if (random() < 0.3) sentence[Math.floor(length / 2)] += ",";
      const social = random();
      if (social < 0.15) sentence.push(`#${camel([pick(PROSE), pick(PROSE)])}`);
      else if (social < 0.25) sentence.push(`@${pick(["jane_doe", "trailcrew", "ola.bakes"])}`);
      else if (social < 0.3) sentence.push(`@${pick(["ranger", "kim"])}@${pick(["mastodon.social", "hachyderm.io"])}`);
      else if (social < 0.38) sentence.push(`https://${client}.example/${pick(PROSE)}-${pick(PROSE)}?ref=${pick(["bsky", "mstdn"])}`);
      paragraph.push({ words: sentence, end: pick([".", ".", ".", "!", "?"]) });
      count += length;
      if (paragraph.length >= 3 || count >= target) {
        // Plant about 1% misspellings, half common ones and half random one-letter edits, at known columns.
        let text = "";
        for (const s of paragraph) {
          s.words.forEach((w, i) => {
            const isPlain = /^[a-z]{4,}$/.test(w) && i > 0;
            let out = w;
            if (isPlain && random() < 0.011) {
              out = random() < 0.5 ? pick(COMMON_TYPOS) : (oneLetterEdit(w, random) ?? w);
              if (out !== w) plant(out, text.length + 1);
            }
            text += out + (i === s.words.length - 1 ? s.end : "") + " ";
          });
        }
        lines.push(text.trimEnd(), "");
        paragraph = [];
      }
    }
    words += count;
    lines.push(`Find us at https://${client}.example or write to hello@${client}.example #${camel([pick(BRANDS), pick(PROSE)])}`, "");
    writeFileSync(path.join(root, rel), lines.join("\n"));
  }
  writeFileSync(path.join(root, "truth.json"), `${JSON.stringify(truth)}\n`);
  return { posts: POSTS, words, planted: truth.length };
}
