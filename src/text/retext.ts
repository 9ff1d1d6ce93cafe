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
 * Runs a retext plugin on only the sentences that contain one of its trigger words. A retext parse
 * and search costs about 2.6 ms per post; most posts contain no trigger at all, so the cost is paid
 * where there may be something to find.
 */
export async function retextOnTriggered(
  prose: ProseSegment,
  isTrigger: (lowerWord: string) => boolean,
  run: Run,
): Promise<RetextFinding[]> {
  const findings: RetextFinding[] = [];
  for (const sentence of sentencesOf(prose)) {
    if (!sentence.words.some((w) => isTrigger(normalWord(w.text)))) continue;
    // Masked syntax becomes spaces: retext sees prose only, and offsets stay those of the segment.
    const text = prose.masked.slice(sentence.start, sentence.end).replaceAll(MASK, " ");
    for (const f of await run(text)) findings.push({ ...f, start: f.start + sentence.start, end: f.end + sentence.start });
  }
  return findings;
}

/** Lower case, without apostrophes or a plural ending, as the trigger lists hold words. */
export function normalWord(word: string): string {
  return word.toLowerCase().replace(/['’]/g, "");
}

/** The word and the singulars it may be a plural of, for trigger lists that hold singular forms. */
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
