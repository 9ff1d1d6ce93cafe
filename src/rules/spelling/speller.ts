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
    return createSpeller(nspell(dictionary));
  })();
  return loading;
}

function createSpeller(spell: { correct(word: string): boolean }): Speller {
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
        found = nearWords(word, (candidate) => correct(candidate) || extraWords.has(candidate.toLowerCase()), limit);
        suggestions.set(key, found);
      }
      return found;
    },
  };
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz'";

/**
 * Candidates one edit away, in the order typing slips happen most (swapped letters, doubled or
 * missing letters, a wrong key), then two edits away only when one edit finds nothing. nspell's own
 * suggest() takes about 59 ms a word; this takes well under 1 ms for one edit.
 */
export function nearWords(word: string, isWord: (candidate: string) => boolean, limit: number): string[] {
  const lower = word.toLowerCase();
  const found: string[] = [];
  const seen = new Set<string>([lower]);
  const consider = (candidate: string) => {
    if (found.length >= limit || seen.has(candidate)) return;
    seen.add(candidate);
    if (isWord(candidate)) found.push(candidate);
  };
  const first = edits(lower);
  for (const candidate of first) consider(candidate);
  if (found.length === 0) {
    outer: for (const once of first) {
      for (const candidate of edits(once)) {
        consider(candidate);
        if (found.length >= limit) break outer;
      }
    }
  }
  return found.map((candidate) => matchCase(word, candidate));
}

function edits(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length - 1; i++) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i <= word.length; i++) for (const c of LETTERS) out.push(word.slice(0, i) + c + word.slice(i));
  for (let i = 0; i < word.length; i++) for (const c of LETTERS) if (c !== word[i]) out.push(word.slice(0, i) + c + word.slice(i + 1));
  return out;
}

function matchCase(original: string, candidate: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return candidate.toUpperCase();
  if (original[0] !== original[0]?.toLowerCase()) return (candidate[0]?.toUpperCase() ?? "") + candidate.slice(1);
  return candidate;
}
