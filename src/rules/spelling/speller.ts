/**
 * The English dictionary (Hunspell's en_US via nspell), loaded once and only when a post is
 * spell-checked: building it costs about 0.15 s, which `checkpost rules` and other commands never pay.
 * Verdicts are cached per distinct word: a corpus repeats the same few thousand words.
 */
export interface Speller {
  correct(word: string): boolean;
  /** Up to `limit` corrections, computed once per distinct word and only for words that get reported. */
  suggest(word: string, extraWords: ReadonlySet<string>, limit?: number): string[];
}

let loading: Promise<Speller> | undefined;

export function loadSpeller(): Promise<Speller> {
  loading ??= (async () => {
    const [{ default: nspell }, { default: dictionary }] = await Promise.all([import("nspell"), import("dictionary-en")]);
    return createSpeller(nspell(dictionary) as unknown as NSpellInternals, dictionary.dic);
  })();
  return loading;
}

/** nspell's word table: every stem and affixed form it accepts, keyed by the exact string. */
interface NSpellInternals {
  correct(word: string): boolean;
  data: Record<string, unknown>;
}

/**
 * Lower-case letters, apostrophes and hyphens: for such a string nspell's correct() is true only if the
 * string is a key of its word table (no case alternatives apply, and en_US's compound rules need digits).
 */
const PLAIN = /^[a-z'-]+$/;

function createSpeller(spell: NSpellInternals, dic: Uint8Array): Speller {
  let trigrams: Set<string> | undefined;
  let forms: Set<string> | undefined;
  const verdicts = new Map<string, boolean>();
  const suggestions = new Map<string, string[]>();
  const correct = (word: string) => {
    let verdict = verdicts.get(word);
    if (verdict === undefined) {
      verdict = spell.correct(word);
      verdicts.set(word, verdict);
    }
    return verdict;
  };
  return {
    correct,
    suggest(word, extraWords, limit = 3) {
      const key = `${word}\u0000${extraWords.size}`;
      let found = suggestions.get(key);
      if (!found) {
        // Candidates skip the verdict cache: hundreds per word, each asked once, would only grow it.
        trigrams ??= trigramsOf(new TextDecoder().decode(dic), extraWords);
        const known = trigrams;
        // A Set look-up rejects most candidates before nspell's slower correct(). (Looking a fresh string up in
        // nspell's object table costs more than the Set: the engine interns each key first.)
        forms ??= new Set(Object.keys(spell.data));
        const table = forms;
        const listed = PLAIN.test(word.toLowerCase()) ? (candidate: string) => table.has(candidate) : () => true;
        found = nearWords(
          word,
          (candidate, at) =>
            (listed(candidate) && plausible(candidate, at, known) && spell.correct(candidate)) || extraWords.has(candidate),
          limit,
          (candidate) => secondEditWindow(candidate, known),
        );
        suggestions.set(key, found);
      }
      return found;
    },
  };
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/**
 * Every three-letter sequence of the dictionary's stems (and the config's words). A candidate whose
 * edit makes a sequence no English word has ("tqe") is no word: a Set look-up instead of ~1 µs in nspell,
 * which the hundreds of candidates per word add up to.
 */
function trigramsOf(dic: string, extraWords: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const add = (word: string) => {
    const padded = ` ${word.toLowerCase()} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  };
  for (const line of dic.split("\n")) {
    const slash = line.indexOf("/");
    add(slash === -1 ? line.trim() : line.slice(0, slash));
  }
  for (const word of extraWords) add(word);
  return out;
}

/** Whether the sequences around position `at` (anywhere when negative) of a candidate occur in some word. */
function plausible(candidate: string, at: number, trigrams: ReadonlySet<string>): boolean {
  const padded = ` ${candidate} `;
  const last = padded.length - 3;
  for (let i = at < 0 ? 0 : Math.max(0, at - 1); i <= (at < 0 ? last : Math.min(at + 2, last)); i++) {
    if (!trigrams.has(padded.slice(i, i + 3))) return false;
  }
  return true;
}

/**
 * Where a second edit of a one-edit candidate may go for the result to pass the full `plausible` check:
 * an edit at index p changes only the sequences starting at p-1 to p+2 of the padded string, so every
 * sequence no word has must lie in that range. Undefined when no single edit can fix them all.
 */
function secondEditWindow(candidate: string, trigrams: ReadonlySet<string>): [number, number] | undefined {
  const padded = ` ${candidate} `;
  let minBad = Number.POSITIVE_INFINITY;
  let maxBad = Number.NEGATIVE_INFINITY;
  for (let i = 0; i + 3 <= padded.length; i++) {
    if (trigrams.has(padded.slice(i, i + 3))) continue;
    minBad = Math.min(minBad, i);
    maxBad = i;
  }
  if (maxBad < 0) return [0, candidate.length];
  const lo = Math.max(0, maxBad - 2);
  const hi = Math.min(candidate.length, minBad + 1);
  return lo <= hi ? [lo, hi] : undefined;
}

/**
 * Candidates one edit away, in the order typing slips happen most (swapped letters, a doubled
 * letter, a wrong key, a missing letter), then two edits away only when one edit finds nothing.
 * nspell's own suggest() takes about 59 ms a word; this takes about 0.3 ms for one edit.
 */
export function nearWords(
  word: string,
  isWord: (candidate: string, at: number) => boolean,
  limit: number,
  /** For the two-edit pass: the index range where a second edit of a candidate can make a word, or undefined for none. */
  secondEdit: (candidate: string) => readonly [number, number] | undefined = (c) => [0, c.length],
): string[] {
  const lower = word.toLowerCase();
  const found: string[] = [];
  const consider = (candidate: string, at: number) => {
    if (candidate !== lower && !found.includes(candidate) && isWord(candidate, at)) found.push(candidate);
    return found.length >= limit;
  };
  if (edits(lower, consider)) return found.map((c) => matchCase(word, c));
  if (found.length === 0 && lower.length <= 12) {
    // Two edits: every one-edit string, edited again. Costly (~10^5 look-ups), so only when one edit found nothing.
    const once: string[] = [];
    edits(lower, (c) => {
      once.push(c);
      return false;
    });
    // The second edit may be anywhere: check the candidate's sequences from its start.
    for (const c of once) {
      const window = secondEdit(c);
      if (window && edits(c, (candidate) => consider(candidate, -1), window[0], window[1])) break;
    }
  }
  return found.map((c) => matchCase(word, c));
}

/** Calls `visit` with each string one edit at an index in [lo, hi] from `word` and the edit's index; stops when it returns true. */
function edits(word: string, visit: (candidate: string, at: number) => boolean, lo = 0, hi = word.length): boolean {
  const n = word.length;
  for (let i = lo; i < Math.min(n - 1, hi + 1); i++)
    if (visit(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), i)) return true;
  for (let i = lo; i < Math.min(n, hi + 1); i++) if (visit(word.slice(0, i) + word.slice(i + 1), i)) return true;
  for (let i = lo; i < Math.min(n, hi + 1); i++) {
    for (const c of LETTERS) if (c !== word[i] && visit(word.slice(0, i) + c + word.slice(i + 1), i)) return true;
  }
  for (let i = lo; i <= Math.min(n, hi); i++) for (const c of LETTERS) if (visit(word.slice(0, i) + c + word.slice(i), i)) return true;
  return false;
}

function matchCase(original: string, candidate: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return candidate.toUpperCase();
  if (original[0] !== original[0]?.toLowerCase()) return (candidate[0]?.toUpperCase() ?? "") + candidate.slice(1);
  return candidate;
}
