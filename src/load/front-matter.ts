export interface FrontMatterSplit {
  /** The raw YAML between the delimiters. */
  yaml: string;
  /** Offset of `yaml` in the file text. */
  yamlOffset: number;
  /** The Markdown body. */
  body: string;
  /** Offset of `body` in the file text. */
  bodyOffset: number;
}

export type FrontMatterResult = { ok: true; split: FrontMatterSplit } | { ok: false; message: string; offset: number; endOffset?: number };

const OPENER = /^---([^\n]*)(?:\n|$)/;
const CLOSER = /\n---[ \t]*(?:\n|$)/;

export function splitFrontMatter(text: string): FrontMatterResult {
  const opener = OPENER.exec(text);
  if (!opener) {
    return {
      ok: false,
      message: 'expected YAML front-matter: the file must start with a line "---", the YAML, then a line "---"',
      offset: 0,
    };
  }
  const language = (opener[1] ?? "").trim();
  if (language !== "" && !/^ya?ml$/i.test(language)) {
    return {
      ok: false,
      message: `front-matter language "${language}" is not allowed: front-matter is YAML data, never code; expected "---" alone on the first line`,
      offset: 3,
      endOffset: 3 + (opener[1] ?? "").length,
    };
  }
  // The YAML starts at the newline that ends the opener line (whatever spaces or "yaml" stand after
  // "---") and runs to the first closing line: one regex decides both the check and the split.
  const yamlOffset = 3 + (opener[1] ?? "").length;
  const closer = CLOSER.exec(text.slice(yamlOffset));
  if (!closer) {
    return { ok: false, message: 'front-matter is never closed: expected a line "---" after the YAML', offset: 0, endOffset: 3 };
  }
  const yaml = text.slice(yamlOffset, yamlOffset + closer.index);
  const bodyOffset = yamlOffset + closer.index + closer[0].length;
  return { ok: true, split: { yaml, yamlOffset, body: text.slice(bodyOffset), bodyOffset } };
}
