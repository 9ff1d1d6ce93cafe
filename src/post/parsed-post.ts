import type { PostFrontMatter } from "../generated/post.js";
import { splitFrontMatter } from "../load/front-matter.js";
import { LineIndex } from "../load/line-index.js";
import { type LocatedYaml, parseLocatedYaml } from "../load/located-yaml.js";
import { decodeText, readTextFile } from "../load/read-text.js";
import type { DataPath } from "../load/safe-yaml.js";
import { validatePostFrontMatter } from "../schema/validators.js";
import type { Message, Span } from "../types.js";

export const POST_MAX_BYTES = 256 * 1024;

/** A post file read and split once; every rule shares it. */
export interface ParsedPost {
  /** Absolute path. */
  file: string;
  /** Path relative to the content root, with forward slashes. */
  relPath: string;
  /** The text with BOM removed and newlines normalised (positions are those of the original file). */
  text: string;
  lines: LineIndex;
  /** The front-matter data, when its YAML parsed and it matched the schema. */
  data: PostFrontMatter | undefined;
  frontMatter: LocatedYaml | undefined;
  body: string;
  /** Offset of the body in `text`. */
  bodyOffset: number;
  /** Where a front-matter value (or its key) is, in the file. */
  spanOf(path: DataPath, atKey?: boolean): Span;
  /** A span from offsets into `text`. */
  spanAt(start: number, end?: number): Span;
}

export interface LoadedPost {
  post?: ParsedPost;
  /** Problems found while loading: unreadable text, front-matter, YAML and schema (ruleId "schema"). */
  messages: Message[];
}

const at = (span: Span, message: string, suggestions?: string[]): Message => ({
  ruleId: "schema",
  severity: "error",
  ...span,
  message,
  ...(suggestions?.length ? { suggestions } : {}),
});

/** A post fetched as bytes (the Action reads posts through the API): the same defensive decoding as from disk. */
export function parsePostBytes(file: string, relPath: string, bytes: Uint8Array): LoadedPost {
  const decoded = decodeText(bytes, POST_MAX_BYTES);
  if (!decoded.ok) return { messages: [at({ line: decoded.problem.line, column: decoded.problem.column }, decoded.problem.message)] };
  return parsePost(file, relPath, decoded.text);
}

export async function readPost(file: string, relPath: string): Promise<LoadedPost> {
  const read = await readTextFile(file, POST_MAX_BYTES).catch((error: NodeJS.ErrnoException) => ({
    ok: false as const,
    problem: {
      message: `cannot read the file: ${error.code === "ENOENT" ? "not found" : (error.code ?? "unreadable")}`,
      line: 1,
      column: 1,
    },
  }));
  if (!read.ok) return { messages: [at({ line: read.problem.line, column: read.problem.column }, read.problem.message)] };
  return parsePost(file, relPath, read.text);
}

export function parsePost(file: string, relPath: string, text: string): LoadedPost {
  const lines = new LineIndex(text);
  const spanAt = (start: number, end?: number) => lines.span(start, end);
  const split = splitFrontMatter(text);
  if (!split.ok) {
    return { messages: [at(spanAt(split.offset, split.endOffset), split.message)] };
  }
  const { yaml, yamlOffset, body, bodyOffset } = split.split;
  const frontMatter = parseLocatedYaml(text, yaml, yamlOffset, lines);
  const post: ParsedPost = {
    file,
    relPath,
    text,
    lines,
    data: undefined,
    frontMatter,
    body,
    bodyOffset,
    spanOf: frontMatter.spanOf,
    spanAt,
  };
  const messages = frontMatter.problems("schema");
  if (messages.length) return { post, messages };

  const value = frontMatter.yaml.value;
  if (value === null || value === undefined) {
    return { post, messages: [at(spanAt(0, 3), 'the front-matter is empty; expected at least "client" and "channels"')] };
  }
  for (const issue of validatePostFrontMatter(value)) {
    messages.push(at(frontMatter.spanOf(issue.path, issue.atKey), issue.message, issue.suggestions));
  }
  if (messages.length === 0) post.data = value as PostFrontMatter;
  return { post, messages };
}
