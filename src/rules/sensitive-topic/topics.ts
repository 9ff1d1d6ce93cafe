import type { ResolvedConfig } from "../../config/types.js";

/** Built-in topics; `sensitive_topics` in checkpost.yml adds topics or replaces one with the same id. */
export const DEFAULT_TOPICS: Readonly<Record<string, readonly string[]>> = {
  politics: [
    "politics",
    "political",
    "politician",
    "politicians",
    "government",
    "parliament",
    "congress",
    "congressman",
    "congresswoman",
    "senate",
    "senator",
    "mayor",
    "governor",
    "city council",
    // Not "president" alone: a club, a company and a university have one.
    "presidential",
    "president of the united states",
    "prime minister",
    "chancellor",
    "democrat",
    "democrats",
    "republican",
    "republicans",
    "left-wing",
    "right-wing",
    "white house",
    "downing street",
    "legislation",
    "partisan",
  ],
  elections: [
    "election",
    "elections",
    "electoral",
    "ballot",
    "ballots",
    // Not "vote", "voting" or "candidates" alone: marketing runs polls and photo contests, and hires candidates.
    // A call to vote in an election reads like one of these.
    "voter",
    "voters",
    "vote for the candidate",
    "vote for a candidate",
    "vote for candidates",
    "candidate for office",
    "run for office",
    "running for office",
    "go vote",
    "go and vote",
    "remember to vote",
    "register to vote",
    "get out and vote",
    "get out the vote",
    "gotv",
    "vote early",
    "early voting",
    "postal vote",
    "voting booth",
    "polling day",
    "polling station",
    "referendum",
    "midterms",
    "primaries",
  ],
};

/**
 * Default election words that are as often about awards, fairs, exams and paint ("cast your ballot in the Great
 * British Tea Awards", "midterms", "primaries"): they touch elections only in a post with political context.
 */
const NEED_CONTEXT: Readonly<Record<string, readonly string[]>> = {
  elections: ["ballot", "ballots", "voter", "voters", "vote early", "early voting", "postal vote", "voting booth", "midterms", "primaries"],
};

/**
 * Political context: candidates, parties, the day polls open, voting for a measure or a person (a full name), or
 * any word of the built-in politics and elections topics. Tested on the post's published text, once.
 */
const POLITICAL_CONTEXT = new RegExp(
  [
    "\\bcandidates?\\b",
    "\\b(?:political|opposition|ruling) part(?:y|ies)\\b",
    "\\bparty (?:leaders?|members?|manifesto|candidates?|politics)\\b",
    "\\b(?:labour|tory|tories|conservatives|lib dems|liberal democrats|green party|snp)\\b",
    "\\bpolls (?:open|close)\\b",
    "\\b(?:election|polling|voting) day\\b",
  ].join("|"),
  "i",
);

/** The same for what case tells apart: "Measure B", "Proposition 12", "vote for Jane Smith" (not "a question a"). */
const NAMED_CONTEXT =
  /\b(?:[Bb]allot )?(?:[Mm]easure|[Pp]roposition|Prop|[Aa]mendment|[Ii]nitiative) (?:[A-Z]|\d+)\b|\b[Vv]ote (?:for|against|yes on|no on) [A-Z][\p{Ll}'-]+(?: [A-Z][\p{Ll}'-]+)\b/u;

const POLITICAL_TOPICS = new Set(["politics", "elections"]);

export interface Topic {
  id: string;
  /** Every word or phrase, whole-word and case-insensitive, in prose or in a hashtag's words. */
  re: RegExp;
  /** Every word or phrase in lower case without spaces or hyphens: a hashtag that is exactly one ("#primeminister"). */
  tags: ReadonlySet<string>;
  /**
   * Any of those run-together forms anywhere, case-insensitive: a hashtag (its underscores removed) that holds none
   * of them cannot touch the topic, so most hashtags are ruled out before they are split into words.
   */
  inTag: RegExp;
  /** The topic without its words that need political context, for a post without any; absent when none do. */
  alone?: Topic;
}

/** Whether a post's published text has political context, so that context-bound words count. */
/** Whether any of the texts holds a word of NEED_CONTEXT (or a word containing one: the topic's pattern decides). */
export function mayNeedContext(texts: readonly string[]): boolean {
  // Text without any of them, as a substring, holds no context-bound word: most posts skip the context test.
  boundHint ??= new RegExp(Object.values(NEED_CONTEXT).flat().map(escapeRegExp).join("|"), "i");
  const hint = boundHint;
  return texts.some((text) => hint.test(text));
}

let boundHint: RegExp | undefined;

export function politicalContext(texts: Iterable<string>, topics: readonly Topic[]): boolean {
  const political = topics.filter((topic) => POLITICAL_TOPICS.has(topic.id));
  for (const text of texts) {
    if (POLITICAL_CONTEXT.test(text) || NAMED_CONTEXT.test(text)) return true;
    for (const topic of political) {
      const strict = topic.alone ?? topic;
      strict.re.lastIndex = 0;
      const found = strict.re.test(text);
      strict.re.lastIndex = 0;
      if (found) return true;
    }
  }
  return false;
}

const cache = new WeakMap<ResolvedConfig, Topic[]>();
const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");

/** The topics in force for a config, each as one compiled whole-word, case-insensitive pattern. */
export function topicsOf(config: ResolvedConfig): Topic[] {
  let topics = cache.get(config);
  if (!topics) {
    const merged: Record<string, readonly string[]> = { ...DEFAULT_TOPICS };
    for (const [id, topic] of Object.entries(config.raw.sensitive_topics ?? {})) if (topic) merged[id] = topic.words;
    topics = Object.entries(merged).map(([id, words]) => {
      const topic = compile(id, words);
      // Only the built-in words: a config that lists its own words for a topic means each of them.
      const bound = merged[id] === DEFAULT_TOPICS[id] ? new Set(NEED_CONTEXT[id] ?? []) : new Set<string>();
      const alone = words.filter((word) => !bound.has(word));
      return alone.length < words.length ? { ...topic, alone: compile(id, alone) } : topic;
    });
    cache.set(config, topics);
  }
  return topics;
}

function compile(id: string, words: readonly string[]): Topic {
  const tags = new Set(words.map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "")));
  return {
    id,
    re: new RegExp(`(?<![\\p{L}\\p{N}_#@])(?:${words.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}_])`, "giu"),
    tags,
    // From the words as written, with the flags doing the case folding: lower-casing first changes some
    // letters' length ("İ" becomes "i̇"), and the folded form would then miss "#İzmir".
    inTag: new RegExp(words.map((word) => escapeRegExp(word.replace(/[^\p{L}\p{N}]+/gu, ""))).join("|"), "iu"),
  };
}

/** Where a reader sees word breaks in a hashtag: #VoteNow, #Election2026, #GOTVToday, #get_out_the_vote. */
const TAG_WORD_BREAK = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/gu;

/**
 * A hashtag's words separated by spaces ("#VoteNow" → "Vote Now", "#Election2026" → "Election 2026"), for the topic
 * patterns: on social media a topic is as often tagged as written. An all-lower-case run ("#votenow") has no breaks.
 */
export function hashtagWords(tag: string): string {
  return tag.slice(1).replace(/_+/g, " ").replace(TAG_WORD_BREAK, " ");
}

/** A hashtag that names a topic: one of its words or phrases, or exactly one of them run together ("#primeminister"). */
export function tagTouches(topic: Topic, tag: string, words: string): boolean {
  if (topic.tags.has(tag.slice(1).toLowerCase().replace(/_+/g, ""))) return true;
  topic.re.lastIndex = 0;
  const touches = topic.re.test(words);
  topic.re.lastIndex = 0;
  return touches;
}
