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

/** The text a channel publishes: its variant, or the body. */
export function channelSegment(segments: readonly TextSegment[], channel: string): TextSegment {
  return segments.find((s) => s.kind === "variant" && s.channel === channel) ?? (segments.find((s) => s.kind === "body") as TextSegment);
}
