import type { Plugin } from "unified";
import { MASK, type ProseSegment, sentencesOf } from "./prose.js";

/** A retext finding, with offsets into the segment's text. */
export interface RetextFinding {
  start: number;
  end: number;
  actual: string;
  expected: string[];
  reason: string;
  /** cuss rating of a profanity (0 maybe, 1 likely, 2 surely). */
  profanitySeverity?: number;
}

type Run = (text: string) => Promise<RetextFinding[]>;

/**
 * The phrases a retext plugin looks for, indexed by their longest word. A sentence can hold a
 * phrase only if it holds all the phrase's words, which is checked in a few set look-ups.
 */
export class PhraseIndex {
  private readonly byWord = new Map<string, string[][]>();

  constructor(phrases: Iterable<string>) {
    for (const phrase of phrases) {
      const words = phrase.split(" ");
      const key = words.reduce((a, b) => (b.length > a.length ? b : a), "");
      const list = this.byWord.get(key) ?? [];
      list.push(words);
      this.byWord.set(key, list);
    }
  }

  /** Per word: the phrases keyed by the word or a singular it may be a plural of, or null (most words). */
  private readonly byForm = new Map<string, [form: string, phrases: string[][]][] | null>();

  private phrasesOf(word: string): [string, string[][]][] | null {
    let found = this.byForm.get(word);
    if (found === undefined) {
      found = null;
      for (const form of singulars(word)) {
        const phrases = this.byWord.get(form);
        if (!phrases) continue;
        found ??= [];
        found.push([form, phrases]);
      }
      this.byForm.set(word, found);
    }
    return found;
  }

  /** phrasesOf by the word as written: one look-up per word instead of normalising it first. */
  private readonly byText = new Map<string, [form: string, phrases: string[][]][] | null>();

  private phrasesOfText(text: string): [string, string[][]][] | null {
    let found = this.byText.get(text);
    if (found === undefined) {
      found = this.phrasesOf(normalWord(text));
      this.byText.set(text, found);
    }
    return found;
  }

  /** Whether some phrase may occur among these words (compared as normalWord gives them; plurals also match singular phrases). */
  mayOccur(words: readonly { text: string }[]): boolean {
    // Built only for a word that keys a phrase of several words: most sentences have none.
    let all: Set<string> | undefined;
    for (const word of words) {
      const keyed = this.phrasesOfText(word.text);
      if (!keyed) continue;
      for (const [form, candidates] of keyed) {
        for (const phrase of candidates) {
          if (phrase.length === 1) return true;
          all ??= new Set(words.map((w) => normalWord(w.text)));
          const present = all;
          if (phrase.every((w) => present.has(w) || w === form)) return true;
        }
      }
    }
    return false;
  }
}

/**
 * Runs a retext plugin on only the sentences that may contain one of its phrases. A retext parse
 * and search costs about 2.6 ms per post; most sentences contain no phrase at all, so the cost is
 * paid only where there may be something to find.
 */
export async function retextOnTriggered(prose: ProseSegment, phrases: PhraseIndex, run: Run): Promise<RetextFinding[]> {
  const findings: RetextFinding[] = [];
  for (const sentence of sentencesOf(prose)) {
    if (!phrases.mayOccur(sentence.words)) continue;
    // Masked syntax becomes spaces: retext sees prose only, and offsets stay those of the segment.
    const text = prose.masked.slice(sentence.start, sentence.end).replaceAll(MASK, " ");
    for (const f of await run(text)) findings.push({ ...f, start: f.start + sentence.start, end: f.end + sentence.start });
  }
  return findings;
}

// A corpus repeats a few thousand words: normalise each once.
const normalForms = new Map<string, string>();

/** Lower case, without apostrophes, as the phrase lists hold words. */
export function normalWord(word: string): string {
  let normal = normalForms.get(word);
  if (normal === undefined) {
    normal = word.toLowerCase().replace(/['’]/g, "");
    normalForms.set(word, normal);
  }
  return normal;
}

/** The word and the singulars it may be a plural of, for phrase lists that hold singular forms. */
export function singulars(lower: string): string[] {
  const out = [lower];
  if (lower.endsWith("ies")) out.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith("es")) out.push(lower.slice(0, -2));
  if (lower.endsWith("s")) out.push(lower.slice(0, -1));
  return out;
}

interface Finding {
  reason: string;
  place?: { start?: { offset?: number }; end?: { offset?: number }; offset?: number };
  actual?: string;
  expected?: string[];
  profanitySeverity?: number;
}

/** The part of a VFile the plugins use: unified takes any object with message() and messages as a file. */
function collector(): { messages: Finding[]; message(reason: string, options?: { place?: Finding["place"] }): Finding } {
  return {
    messages: [],
    message(reason, options) {
      const finding: Finding = { reason, ...(options?.place ? { place: options.place } : {}) };
      this.messages.push(finding);
      return finding;
    },
  };
}

type Processor = { parse(text: string): unknown; run(tree: unknown, file: unknown): Promise<unknown> };

/** A processor for one plugin and its options, built once; unified and retext load only when first needed. */
export function retextRunner(loadPlugin: () => Promise<unknown>, options: Record<string, unknown>): Run {
  let processor: Promise<Processor> | undefined;
  return async (text) => {
    processor ??= (async () => {
      const [{ unified }, { default: retextEnglish }, plugin] = await Promise.all([
        import("unified"),
        import("retext-english"),
        loadPlugin(),
      ]);
      return unified()
        .use(retextEnglish)
        .use(plugin as Plugin<[Record<string, unknown>]>, options)
        .freeze() as unknown as Processor;
    })();
    const p = await processor;
    const file = collector();
    await p.run(p.parse(text), file);
    return file.messages.map((m) => {
      const start = m.place?.start?.offset ?? m.place?.offset ?? 0;
      const end = m.place?.end?.offset ?? start;
      return {
        start,
        end,
        actual: m.actual ?? text.slice(start, end),
        expected: m.expected ?? [],
        reason: m.reason,
        ...(m.profanitySeverity !== undefined ? { profanitySeverity: m.profanitySeverity } : {}),
      };
    });
  };
}
