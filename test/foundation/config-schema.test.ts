import { describe, expect, it } from "vitest";
import { BASE_CONFIG, brief, configOf } from "../helpers/foundation.js";
import { patch } from "../helpers/patch.js";

const C = BASE_CONFIG;
/** Adds lines to client acme after its folders (line 5), so they start on line 6. */
const acme = (...lines: string[]) => patch(C, "    folders: [posts/acme]\n", `    folders: [posts/acme]\n${lines.join("\n")}\n`);
/** Adds keys to channel acme-bluesky after its secret_env (line 10), so they start on line 11. */
const bluesky = (...lines: string[]) =>
  patch(C, "        secret_env: ACME_BLUESKY\n", `        secret_env: ACME_BLUESKY\n${lines.join("\n")}\n`);
/** Replaces the body of channel northwind-discord (line 19); its first key is on line 20. */
const channel = (...lines: string[]) =>
  patch(
    C,
    "      northwind-discord:\n        type: discord\n        secret_env: NORTHWIND_DISCORD\n",
    `      northwind-discord:\n${lines.join("\n")}\n`,
  );
const ND = "clients.northwind.channels.northwind-discord";
const BS = "clients.acme.channels.acme-bluesky";
const ID = 'expected an id: lowercase letters, digits, "-" and "_", starting with a letter or digit (at most 64)';
const SECRET = "never write secrets in checkpost.yml: store it as a repository secret and give its NAME in secret_env";
const WORDS = { "words.txt": "Acme\n# brand names\nTrailhead\n", "more.txt": "Ridgeline\n", "acme.txt": "Gorpcore\n" };

const valid: Record<string, string> = {
  "the base config": C,
  "posts as one glob": `posts: content/**/*.md\n${C}`,
  "posts as a list": `posts: [a/*.md, b/*.md]\n${C}`,
  "bluesky with name and service": bluesky("        name: Main", "        service: https://pds.example"),
  "mastodon with a full account and max_characters": patch(
    C,
    'account: "@acme"',
    'account: "@acme@mastodon.social"\n        max_characters: 500',
  ),
  linkedin: channel(
    "        type: linkedin",
    "        author: urn:li:organization:5",
    '        api_version: "202611"',
    "        secret_env: X",
  ),
  "discord with name": channel("        type: discord", '        name: "#announcements"', "        secret_env: X"),
  webhook: channel("        type: webhook", "        name: digest", "        max_length: 5000", "        secret_env: X"),
  x: channel("        type: x", '        handle: "@acme_x"', "        secret_env: X"),
  "checks: severities and options": `checks:\n  schema: error\n  wrong-account: {severity: warning}\n  readability: {severity: warning, max_words: 25}\n  profanity: {sureness: 2, ignore: [hell]}\n  sensitive-topic: {allow: [politics]}\n  publish-window: {past: error}\n  hashtags: {max: 3, per_channel: {acme-bluesky: 2}}\n  mentions: {max: 0}\n  inclusive: {ignore: [guys]}\n${C}`,
  "client and channel checks": patch(
    acme("    checks:", "      wrong-account: warning"),
    "        secret_env: ACME_BLUESKY\n",
    "        secret_env: ACME_BLUESKY\n        checks: {wrong-account: info}\n",
  ),
  "dictionary words and files": `dictionary:\n  words: [Acme]\n  file: [words.txt, more.txt]\n${C}`,
  "client dictionary file": acme("    dictionary:", "      file: acme.txt"),
  "a British client": acme("    language: en-GB"),
  "spelling with unknown_names": `checks:\n  spelling: {severity: error, unknown_names: info}\n${C}`,
  "publish_window with every field": acme(
    "    publish_window:",
    "      timezone: Europe/Berlin",
    "      days: [mon, sat]",
    '      start: "08:30"',
    '      end: "24:00"',
  ),
  sensitive_topics: `sensitive_topics:\n  politics:\n    description: Elections\n    words: [election, vote]\n${C}`,
  retrospective: `${C}retrospective:\n  labels: [retro]\n  pattern_threshold: 3\n  pattern_window_days: 30\n  escalate_to: [lead-person]\n`,
};

const invalid: Record<string, [string, string[], (string[] | undefined)?]> = {
  "an empty file": ["", ['1:1 the config is empty; expected at least "clients"']],
  "no clients": ["posts: a\n", ['1:1 missing required key "clients"']],
  "an unknown top-level key": [
    `client: {}\n${C}`,
    [
      '1:1 unknown key "client" (expected one of: posts, clients, checks, dictionary, sensitive_topics, publishing, retrospective, takedown_approval, corrections)',
    ],
    ["clients"],
  ],
  "posts a number": [`posts: 3\n${C}`, ["1:8 posts: expected a glob or a list of globs; got the integer 3"]],
  "posts an empty list": [`posts: []\n${C}`, ["1:8 posts: expected a glob or a list of globs; got a list"]],
  "clients empty": ["clients: {}\n", ["1:10 clients: expected at least 1 entry"]],
  "a client id with capitals": [patch(C, "  northwind:", "  North:"), [`16:3 clients: key "North" is not valid; ${ID}`]],
  "an empty name": [patch(C, "name: Acme Outdoor", 'name: ""'), ["3:11 clients.acme.name: must not be empty"]],
  "no contact": [patch(C, "    contact: jane-acme\n", ""), ['2:3 clients.acme: missing required key "contact"']],
  "two contacts": [patch(C, "contact: jane-acme", "contact: [jane, bob]"), ["4:14 clients.acme.contact: expected a text, got a list"]],
  "a contact that is no login": [
    patch(C, "contact: jane-acme", "contact: jane acme"),
    ['4:14 clients.acme.contact: "jane acme" is not valid; expected a GitHub login (letters, digits and single hyphens)'],
  ],
  "folders a string": [
    patch(C, "folders: [posts/acme]", "folders: posts/acme"),
    ['5:14 clients.acme.folders: expected a list, got the text "posts/acme"'],
  ],
  "no channels": [
    patch(C, "    channels:\n      northwind-discord:\n        type: discord\n        secret_env: NORTHWIND_DISCORD\n", ""),
    ['16:3 clients.northwind: missing required key "channels"'],
  ],
  "channels empty": [
    patch(
      C,
      "    channels:\n      northwind-discord:\n        type: discord\n        secret_env: NORTHWIND_DISCORD\n",
      "    channels: {}\n",
    ),
    ["18:15 clients.northwind.channels: expected at least 1 entry"],
  ],
  "an unknown client key": [
    acme("    email: x@y.z"),
    [
      '6:5 clients.acme: unknown key "email" (expected one of: name, contact, contact_id, folders, channels, publish_window, paused, on_duty, checks, dictionary, language, corrections)',
    ],
  ],
  "a language checkpost does not know": [
    acme("    language: en-AU"),
    ['6:15 clients.acme.language: expected one of en-US, en-GB; got "en-AU"'],
    ["en-US"],
  ],
  "an unknown channel type": [
    channel("        type: myspace", "        secret_env: X"),
    [`20:15 ${ND}.type: expected one of bluesky, mastodon, linkedin, discord, webhook, x; got "myspace"`],
  ],
  "a channel without type": [channel("        secret_env: X"), [`19:7 ${ND}: missing required key "type"`]],
  "bluesky without handle": [patch(C, "        handle: acme.bsky.social\n", ""), [`7:7 ${BS}: missing required key "handle"`]],
  "bluesky handle without domain": [
    patch(C, "handle: acme.bsky.social", "handle: acme"),
    [`9:17 ${BS}.handle: "acme" is not valid; expected an account handle`],
  ],
  "bluesky service not a URL": [
    bluesky("        service: pds.example"),
    [`11:18 ${BS}.service: "pds.example" is not valid; expected an http(s) URL`],
  ],
  "secret_env not an env name": [
    patch(C, "secret_env: ACME_BLUESKY", "secret_env: acme_bluesky"),
    [
      `10:21 ${BS}.secret_env: "acme_bluesky" is not valid; expected the NAME of an environment variable (A-Z, 0-9 and _), never the secret itself`,
    ],
  ],
  "mastodon without instance": [
    patch(C, "        instance: https://mastodon.social\n", ""),
    ['11:7 clients.acme.channels.acme-mastodon: missing required key "instance"'],
  ],
  "mastodon account without @": [
    patch(C, 'account: "@acme"', "account: acme"),
    ['14:18 clients.acme.channels.acme-mastodon.account: "acme" is not valid; expected an account such as @acme or @acme@instance.social'],
  ],
  "mastodon max_characters 0": [
    patch(C, 'account: "@acme"', 'account: "@acme"\n        max_characters: 0'),
    ["15:25 clients.acme.channels.acme-mastodon.max_characters: expected a number of at least 1; got 0"],
  ],
  "linkedin without author": [channel("        type: linkedin", "        secret_env: X"), [`19:7 ${ND}: missing required key "author"`]],
  "linkedin author and api_version malformed": [
    channel("        type: linkedin", "        author: organization:5", '        api_version: "2026"', "        secret_env: X"),
    [
      `21:17 ${ND}.author: "organization:5" is not valid; expected a URN such as urn:li:organization:12345 or urn:li:person:abc`,
      `22:22 ${ND}.api_version: "2026" is not valid; expected a version YYYYMM, e.g. 202611`,
    ],
  ],
  "discord without secret_env": [channel("        type: discord"), [`19:7 ${ND}: missing required key "secret_env"`]],
  "discord with a url key": [
    channel("        type: discord", "        secret_env: X", "        url: https://x.example"),
    [`22:9 ${ND}: unknown key "url" (expected one of: type, name, secret_env, guild_id, channel_id, allow_mentions, checks)`],
  ],
  "webhook max_length negative": [
    channel("        type: webhook", "        max_length: -1", "        secret_env: X"),
    [`21:21 ${ND}.max_length: expected a number of at least 1; got -1`],
  ],
  "x handle with dots": [
    channel("        type: x", "        handle: acme.x.with.dots", "        secret_env: X"),
    [`21:17 ${ND}.handle: "acme.x.with.dots" is not valid; expected an account handle`],
  ],
  "a check severity that does not exist": [
    `checks:\n  wrong-account: loud\n${C}`,
    [
      '2:18 checks.wrong-account: expected a severity (off, info, warning, error) or an object with severity and options; got the text "loud"',
    ],
  ],
  "a check object with a bad severity": [
    `checks:\n  wrong-account: {severity: loud}\n${C}`,
    ['2:29 checks.wrong-account.severity: expected one of off, info, warning, error; got "loud"'],
  ],
  "a misspelt severity": [
    `checks:\n  spelling: warnin\n${C}`,
    ['2:13 checks.spelling: expected a severity (off, info, warning, error) or an object with severity and options; got the text "warnin"'],
    ["warning"],
  ],
  "a misspelt rule option": [
    `checks:\n  readability: {max_word: 5}\n${C}`,
    ['2:17 checks.readability: unknown key "max_word" (expected one of: severity, max_words)'],
    ["max_words"],
  ],
  "a spelling severity for unknown names that does not exist": [
    `checks:\n  spelling: {unknown_names: loud}\n${C}`,
    ['2:29 checks.spelling.unknown_names: expected one of off, info, warning, error; got "loud"'],
  ],
  "an option a rule does not have": [
    `checks:\n  wrong-account: {severity: warning, foo: 1}\n${C}`,
    ['2:38 checks.wrong-account: unknown key "foo" (expected one of: severity)'],
  ],
  "rule options out of range": [
    `checks:\n  hashtags: {max: -1, per_channel: {acme-bluesky: 1.5}}\n  profanity: {sureness: 3}\n  publish-window: {past: maybe}\n${C}`,
    [
      "2:19 checks.hashtags.max: expected a number of at least 0; got -1",
      "2:51 checks.hashtags.per_channel.acme-bluesky: expected an integer, got the number 1.5",
      "3:25 checks.profanity.sureness: expected a number of at most 2; got 3",
      '4:26 checks.publish-window.past: expected one of error, warning; got "maybe"',
    ],
  ],
  "a check name that is no rule id": [
    `checks:\n  Bad_Rule: error\n${C}`,
    ['2:3 checks: key "Bad_Rule" is not valid; expected a value matching ^[a-z][a-z0-9-]*$'],
  ],
  "an unknown rule id in checks": [
    `checks:\n  wrong-acount: error\n${C}`,
    ['2:3 checks.wrong-acount: unknown rule "wrong-acount"; run "checkpost rules" for the list'],
    ["wrong-account"],
  ],
  "an unknown rule id in a client's checks": [
    acme("    checks:", "      nope: off"),
    ['7:7 clients.acme.checks.nope: unknown rule "nope"; run "checkpost rules" for the list'],
  ],
  "an unknown rule id in a channel's checks": [
    bluesky("        checks:", "          wrong-acount: off"),
    [`12:11 ${BS}.checks.wrong-acount: unknown rule "wrong-acount"; run "checkpost rules" for the list`],
    ["wrong-account"],
  ],
  "dictionary words a string": [`dictionary:\n  words: Acme\n${C}`, ['2:10 dictionary.words: expected a list, got the text "Acme"']],
  "dictionary file a number": [
    `dictionary:\n  file: 3\n${C}`,
    ["2:9 dictionary.file: expected a path or a list of paths; got the integer 3"],
  ],
  "a dictionary key misspelled": [
    `dictionary:\n  wordz: [a]\n${C}`,
    ['2:3 dictionary: unknown key "wordz" (expected one of: words, file)'],
    ["words"],
  ],
  "a missing dictionary file": [
    `dictionary:\n  file: nowords.txt\n${C}`,
    ['2:9 dictionary.file: dictionary file "nowords.txt" not found; expected a text file with one word a line, relative to checkpost.yml'],
  ],
  "a missing dictionary file in a list": [
    `dictionary:\n  file: [words.txt, gone.txt]\n${C}`,
    ['2:21 dictionary.file[1]: dictionary file "gone.txt" not found; expected a text file with one word a line, relative to checkpost.yml'],
  ],
  "a dictionary file outside the content folder": [
    `dictionary:\n  file: ../words.txt\n${C}`,
    ['2:9 dictionary.file: dictionary file "../words.txt" is outside the content folder; expected a path relative to checkpost.yml'],
  ],
  "a window without timezone": [
    acme("    publish_window:", "      days: [mon]"),
    ['6:5 clients.acme.publish_window: missing required key "timezone"'],
  ],
  "a bad timezone": [
    acme("    publish_window:", "      timezone: Mars/Olympus"),
    [
      '7:17 clients.acme.publish_window.timezone: unknown time zone "Mars/Olympus"; expected an IANA name such as Europe/Berlin or America/New_York',
    ],
  ],
  "a day that is no day": [
    acme("    publish_window:", "      timezone: UTC", "      days: [mon, funday]"),
    ['8:19 clients.acme.publish_window.days[1]: expected one of mon, tue, wed, thu, fri, sat, sun; got "funday"'],
  ],
  "a day twice": [
    acme("    publish_window:", "      timezone: UTC", "      days: [mon, mon]"),
    ['8:19 clients.acme.publish_window.days[1]: "mon" is listed twice'],
  ],
  "a clock without leading zero": [
    acme("    publish_window:", "      timezone: UTC", '      start: "9:00"'),
    ['8:14 clients.acme.publish_window.start: "9:00" is not valid; expected a time of day HH:MM (00:00 to 24:00)'],
  ],
  "a window that ends before it starts": [
    acme("    publish_window:", "      timezone: UTC", '      start: "18:00"', '      end: "09:00"'),
    ["9:12 clients.acme.publish_window.end: the window ends (09:00) before it starts (18:00); expected end after start"],
  ],
  "a sensitive topic without words": [
    `sensitive_topics:\n  politics:\n    description: Elections\n${C}`,
    ['2:3 sensitive_topics.politics: missing required key "words"'],
  ],
  "a sensitive topic with no words": [
    `sensitive_topics:\n  politics:\n    words: []\n${C}`,
    ["3:12 sensitive_topics.politics.words: expected at least 1 item"],
  ],
  "a sensitive topic id with capitals": [
    `sensitive_topics:\n  Politics:\n    words: [vote]\n${C}`,
    [`2:3 sensitive_topics: key "Politics" is not valid; ${ID}`],
  ],
  "every retrospective field wrong": [
    `${C}retrospective:\n  labels: [""]\n  pattern_threshold: 1\n  pattern_window_days: 0\n  escalate_to: [not a login]\n  other: 1\n`,
    [
      "23:12 retrospective.labels[0]: must not be empty",
      "24:22 retrospective.pattern_threshold: expected a number of at least 2; got 1",
      "25:24 retrospective.pattern_window_days: expected a number of at least 1; got 0",
      '26:17 retrospective.escalate_to[0]: "not a login" is not valid; expected a GitHub login or a team as org/team-slug',
      '27:3 retrospective: unknown key "other" (expected one of: labels, pattern_threshold, pattern_window_days, escalate_to)',
    ],
  ],
  "a channel id used by two clients": [
    patch(C, "      northwind-discord:", "      acme-bluesky:"),
    [
      '19:7 clients.northwind.channels: channel id "acme-bluesky" is already used by client "acme"; channel ids must be unique across clients',
    ],
  ],
};

const short = (messages: Awaited<ReturnType<typeof configOf>>["messages"]) => brief(messages).map((m) => m.replace(" error config ", " "));

describe("checkpost.yml: every field of config.schema.json", () => {
  it.each(Object.entries(valid))("accepts %s", async (_name, text) => {
    const result = await configOf(text, WORDS);
    expect(short(result.messages)).toEqual([]);
    expect(result.config).toBeDefined();
  });

  it.each(Object.entries(invalid))("rejects %s, pointing into checkpost.yml", async (_name, [text, expected, suggestions]) => {
    const result = await configOf(text, WORDS);
    expect(result.config).toBeUndefined();
    expect(short(result.messages)).toEqual(expected);
    expect(result.messages.every((m) => m.ruleId === "config" && m.severity === "error")).toBe(true);
    expect(result.messages[0]?.suggestions).toEqual(suggestions);
  });
});

describe("resolved config", () => {
  it("resolves defaults, folders, windows, channels across clients and dictionary words", async () => {
    const text = `dictionary:\n  words: [Acme]\n  file: words.txt\n${acme("    publish_window:", "      timezone: Europe/Berlin", "    dictionary:", "      file: acme.txt")}`;
    const { config } = await configOf(text, WORDS);
    expect(config?.posts).toEqual(["posts/**/*.md"]);
    expect(config?.root).toBe("/content");
    expect([...(config?.channels.keys() ?? [])]).toEqual(["acme-bluesky", "acme-mastodon", "northwind-discord"]);
    expect(config?.channels.get("northwind-discord")?.clientId).toBe("northwind");
    const acmeClient = config?.clients.get("acme");
    expect(acmeClient?.folders).toEqual(["posts/acme/"]);
    expect(acmeClient?.publishWindow).toEqual({
      timezone: "Europe/Berlin",
      days: ["mon", "tue", "wed", "thu", "fri"],
      start: "09:00",
      end: "17:00",
    });
    expect(acmeClient?.words).toEqual(["Acme", "Acme", "Trailhead", "Gorpcore"]);
    expect(config?.clients.get("northwind")?.name).toBe("northwind");
    expect(config?.clients.get("northwind")?.words).toEqual(["Acme", "Acme", "Trailhead"]);
  });
});

describe("secrets in checkpost.yml are refused and never echoed", () => {
  const cases: Record<string, [string, string, string]> = {
    "a GitHub token as a name": [bluesky("        name: ghp_abcdefghijklmnopqrstuvwxyz0123456789"), `11:15 ${BS}.name`, "a GitHub token"],
    "a GitHub token instead of the env name": [
      patch(C, "secret_env: ACME_BLUESKY", "secret_env: ghp_abcdefghijklmnopqrstuvwxyz0123456789"),
      `10:21 ${BS}.secret_env`,
      "a GitHub token",
    ],
    "a Discord webhook URL": [
      channel("        type: discord", "        name: https://discord.com/api/webhooks/123456/abcDEF-ghi", "        secret_env: X"),
      `21:15 ${ND}.name`,
      "a Discord webhook URL",
    ],
    "a Bluesky app password": [bluesky("        name: abcd-efgh-ijkl-mnop"), `11:15 ${BS}.name`, "a Bluesky app password"],
  };
  it.each(Object.entries(cases))("%s", async (_name, [text, where, kind]) => {
    const result = await configOf(text);
    expect(short(result.messages)).toEqual([`${where}: this looks like ${kind}; ${SECRET}`]);
    const secret = /(ghp_\w+|https:\/\/discord\S+|abcd-efgh-ijkl-mnop)/.exec(text)?.[1] as string;
    expect(JSON.stringify(result.messages)).not.toContain(secret);
  });

  it("refuses a key named like a credential even beside an unknown-key error", async () => {
    const result = await configOf(bluesky("        token: hunter2"));
    expect(short(result.messages)).toEqual([
      `11:9 ${BS}: unknown key "token" (expected one of: type, name, handle, service, secret_env, checks)`,
      `11:16 ${BS}.token: this looks like a credential; ${SECRET}`,
    ]);
    expect(JSON.stringify(result.messages)).not.toContain("hunter2");
  });
});
