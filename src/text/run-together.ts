import { inCaseOf } from "./word-pairs.js";

/**
 * Two words written as one, each with its single correction ("alot" → "a lot"). The confusables rule reports
 * them with that correction; the spelling rule leaves them to it, so a slip is reported once and with the right fix.
 */
export const RUN_TOGETHER: ReadonlyMap<string, string> = new Map([
  ["alot", "a lot"],
  ["aswell", "as well"],
  ["atleast", "at least"],
  ["eachother", "each other"],
  ["infact", "in fact"],
  ["eventhough", "even though"],
]);

/** "Alot" → "A lot": the correction of a run-together word, in its case, or undefined. */
export function runTogetherOf(text: string): string | undefined {
  if (text.length < 4 || text.length > 11) return undefined;
  const fix = RUN_TOGETHER.get(text.toLowerCase());
  return fix ? inCaseOf(text, fix) : undefined;
}
