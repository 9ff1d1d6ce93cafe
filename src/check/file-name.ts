import { controlCharacterIn } from "../text/control-characters.js";
import type { Message } from "../types.js";

/**
 * A post's (or any changed file's) name holding a control character is refused: a line break or a direction
 * override in a name can forge lines of the review that shows it. Undefined for a clean name.
 */
export function fileNameFinding(name: string): Message | undefined {
  const control = controlCharacterIn(name);
  if (control === undefined) return undefined;
  const message = `the file name contains a control character (${control}); rename the file: a line break or a direction override in a name can forge lines of the review`;
  return { ruleId: "path", severity: "error", line: 1, column: 1, message };
}
