/**
 * Adding words to a words file (`dictionary.file`: one word a line, `#` comments): the file's lines stay as they
 * are, and each new word goes into the last run of word lines at its place in alphabetical order (at the run's
 * end when the run is not sorted). A word already there, in any case, is not added again: spelling compares
 * the config's words without case.
 */
export interface WordsAdded {
  text: string;
  added: string[];
  present: string[];
}

const wordOf = (line: string) => line.replace(/#.*$/, "").trim();
const compare = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" }) || (a < b ? -1 : a > b ? 1 : 0);

export function addWordsToText(text: string, words: readonly string[]): WordsAdded {
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text === "" ? [] : text.replace(/\r?\n$/, "").split(/\r?\n/);
  const known = new Set(
    lines
      .map(wordOf)
      .filter(Boolean)
      .map((w) => w.toLowerCase()),
  );
  const added: string[] = [];
  const present: string[] = [];
  for (const word of words) {
    const lower = word.toLowerCase();
    if (known.has(lower)) {
      if (!present.includes(word) && !added.some((w) => w.toLowerCase() === lower)) present.push(word);
      continue;
    }
    known.add(lower);
    added.push(word);
  }
  // The last run of lines that each hold a word (blank and comment-only lines end a run): where a list is kept.
  let end = lines.length;
  while (end > 0 && !wordOf(lines[end - 1] as string)) end--;
  // No word line yet: the words go after everything else.
  if (end === 0) end = lines.length;
  let start = end;
  while (start > 0 && wordOf(lines[start - 1] as string)) start--;
  const run = lines.slice(start, end).map(wordOf);
  const sorted = run.every((word, i) => i === 0 || compare(run[i - 1] as string, word) <= 0);
  for (const word of [...added].sort(compare)) {
    let at = run.length;
    if (sorted) at = run.findIndex((existing) => compare(word, existing) < 0);
    if (at < 0) at = run.length;
    run.splice(at, 0, word);
    lines.splice(start + at, 0, word);
  }
  return { text: lines.length ? `${lines.join(newline)}${newline}` : "", added, present };
}

/** Why a word cannot be a line of a words file, or undefined when it can. */
export function badWord(word: string): string | undefined {
  if (!word.trim()) return "an empty word";
  if (/\s/.test(word)) return `"${word}" holds a space; add one word at a time`;
  if (word.includes("#")) return `"${word}" holds "#", which starts a comment in a words file`;
  return undefined;
}
