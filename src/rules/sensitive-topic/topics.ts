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
    "president",
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
    "vote",
    "votes",
    "voting",
    "voter",
    "voters",
    "polling station",
    "referendum",
    "candidate",
    "candidates",
    "midterms",
    "primaries",
    "get out the vote",
  ],
};

export interface Topic {
  id: string;
  re: RegExp;
}

const cache = new WeakMap<ResolvedConfig, Topic[]>();
const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");

/** The topics in force for a config, each as one compiled whole-word, case-insensitive pattern. */
export function topicsOf(config: ResolvedConfig): Topic[] {
  let topics = cache.get(config);
  if (!topics) {
    const merged: Record<string, readonly string[]> = { ...DEFAULT_TOPICS };
    for (const [id, topic] of Object.entries(config.raw.sensitive_topics ?? {})) if (topic) merged[id] = topic.words;
    topics = Object.entries(merged).map(([id, words]) => ({
      id,
      re: new RegExp(`(?<![\\p{L}\\p{N}_#@])(?:${words.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}_])`, "giu"),
    }));
    cache.set(config, topics);
  }
  return topics;
}
