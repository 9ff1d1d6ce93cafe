/**
 * Characters that change how a name is shown rather than being part of it: C0 and C1 controls (a line break in a file
 * name can forge lines in a review), DEL, and the bidirectional overrides and isolates that reorder what is displayed.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The first such character as "U+000A", or undefined when there is none. */
export function controlCharacterIn(text: string): string | undefined {
  const found = CONTROL.exec(text)?.[0];
  return found === undefined ? undefined : `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The text with each such character written out as `\n`, `\t`, `\r` or `\u202e`, so it can be shown without acting. */
export function showControlCharacters(text: string): string {
  return text.replace(new RegExp(CONTROL.source, "g"), (c) => {
    const named: Record<string, string> = { "\n": "\\n", "\t": "\\t", "\r": "\\r" };
    return named[c] ?? `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`;
  });
}
