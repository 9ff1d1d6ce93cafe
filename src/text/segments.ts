import type { ValidPost } from "../rules/types.js";

/** A piece of prose that gets published or read by people: the body, a variant, the title, an alt text. */
export interface TextSegment {
  kind: "body" | "variant" | "title" | "alt";
  /** The channel a variant is for. */
  channel?: string;
  /** Index into `media` for an alt text. */
  mediaIndex?: number;
  /** Front-matter path of the value (absent for the body). */
  path?: (string | number)[];
  /** The text as the YAML parser or the Markdown file gives it. */
  text: string;
  /** Offset in the post's file text of `text[index]` (index may equal text.length). */
  offsetAt(index: number): number;
}

/**
 * Every prose segment of a post, each able to map its characters back to the file,
 * so a finding inside a YAML block scalar points at the right line and column.
 */
export function textSegments(post: ValidPost): TextSegment[] {
  const segments: TextSegment[] = [{ kind: "body", text: post.body, offsetAt: (i) => post.bodyOffset + i }];
  const yamlSegment = (kind: TextSegment["kind"], path: (string | number)[], text: string, extra: Partial<TextSegment> = {}) => {
    const map = alignScalar(post, path, text);
    if (map) segments.push({ kind, path, text, offsetAt: (i) => map[Math.min(i, map.length - 1)] as number, ...extra });
  };
  if (post.data.title) yamlSegment("title", ["title"], post.data.title);
  for (const [channel, text] of Object.entries(post.data.variants ?? {})) {
    if (typeof text === "string") yamlSegment("variant", ["variants", channel], text, { channel });
  }
  for (const [index, media] of (post.data.media ?? []).entries()) {
    if (media.alt) yamlSegment("alt", ["media", index, "alt"], media.alt, { mediaIndex: index });
  }
  return segments;
}

/** The text a channel publishes: its variant, or the body. */
export function channelSegment(segments: readonly TextSegment[], channel: string): TextSegment {
  return segments.find((s) => s.kind === "variant" && s.channel === channel) ?? (segments.find((s) => s.kind === "body") as TextSegment);
}

/**
 * Maps each character of a scalar's parsed value to its offset in the file. The value is the
 * source minus indentation, quotes, escapes and block headers, in order: a greedy walk that
 * matches each value character to the next equal source character recovers the mapping
 * (a folded line break in the value is a space in place of a source newline).
 */
function alignScalar(post: ValidPost, path: (string | number)[], value: string): Int32Array | undefined {
  const range = post.frontMatter?.yaml.locate(path);
  if (!range || !post.frontMatter) return undefined;
  const base = post.frontMatter.offset;
  let source = post.text.slice(base + range.start, base + range.end);
  let shift = base + range.start;
  if (/^[|>]/.test(source)) {
    const headerEnd = source.indexOf("\n");
    if (headerEnd !== -1) {
      shift += headerEnd + 1;
      source = source.slice(headerEnd + 1);
    }
  }
  const map = new Int32Array(value.length + 1);
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    let k = j;
    while (k < source.length && source[k] !== ch && !(ch === " " && source[k] === "\n")) k++;
    if (k < source.length) j = k;
    map[i] = shift + Math.min(j, Math.max(0, source.length - 1));
    if (k < source.length) j++;
  }
  map[value.length] = shift + Math.min(j, source.length);
  return map;
}
