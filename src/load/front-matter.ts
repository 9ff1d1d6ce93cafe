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
  const closer = CLOSER.exec(text.slice(opener[0].length - 1));
  if (!closer) {
    return { ok: false, message: 'front-matter is never closed: expected a line "---" after the YAML', offset: 0, endOffset: 3 };
  }

  const file = splitAfterOpener(text);
  const yaml = file.matter;
  const yamlOffset = 3 + (opener[1] ?? "").length;
  if (text.slice(yamlOffset, yamlOffset + yaml.length) !== yaml) {
    // The split and the opener line disagree on where the YAML is: refuse rather than misplace positions.
    return { ok: false, message: "could not locate the front-matter; expected --- on the first line", offset: 0 };
  }
  return {
    ok: true,
    split: { yaml, yamlOffset, body: file.content, bodyOffset: text.length - file.content.length },
  };
}

/**
 * The split gray-matter 4 makes (its parseMatter, for a file that starts with "---" and names YAML or no
 * language), without gray-matter: it loads js-yaml and its code-evaluating engines on every start-up,
 * and checkpost only needs the split. The YAML is parsed safely elsewhere; front-matter is never run as code.
 */
function splitAfterOpener(text: string): { matter: string; content: string } {
  let rest = text.slice(3);
  const length = rest.length;
  const language = rest.slice(0, rest.search(/\r?\n/));
  if (language.trim()) rest = rest.slice(language.length);
  let close = rest.indexOf("\n---");
  if (close === -1) close = length;
  const matter = rest.slice(0, close);
  if (close === length) return { matter, content: "" };
  let content = rest.slice(close + 4);
  if (content[0] === "\r") content = content.slice(1);
  if (content[0] === "\n") content = content.slice(1);
  return { matter, content };
}
