import matter from "gray-matter";

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

class RefusedEngine extends Error {}

const refuse = (): never => {
  throw new RefusedEngine("front-matter engines other than YAML are disabled");
};

/**
 * gray-matter ships engines that evaluate JavaScript and CoffeeScript front-matter (`---js`).
 * Every engine is replaced: the YAML one only hands the raw text back (it is parsed safely
 * elsewhere), all others refuse. The opener is also checked before gray-matter runs at all.
 */
const SAFE_ENGINES = {
  yaml: { parse: (text: string) => ({ __raw: text }) },
  js: refuse,
  javascript: refuse,
  coffee: refuse,
  coffeescript: refuse,
  cson: refuse,
  json: refuse,
  toml: refuse,
};

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

  let file: { matter?: string; content: string; data: unknown };
  try {
    file = matter(text, { engines: SAFE_ENGINES, language: "yaml" }) as typeof file;
  } catch (error) {
    if (error instanceof RefusedEngine) return { ok: false, message: error.message, offset: 3 };
    throw error;
  }
  const yaml = file.matter ?? "";
  const yamlOffset = 3 + (opener[1] ?? "").length;
  if (text.slice(yamlOffset, yamlOffset + yaml.length) !== yaml) {
    // gray-matter and our own reading disagree on where the YAML is: refuse rather than misplace positions.
    return { ok: false, message: "could not locate the front-matter; expected --- on the first line", offset: 0 };
  }
  return {
    ok: true,
    split: { yaml, yamlOffset, body: file.content, bodyOffset: text.length - file.content.length },
  };
}
