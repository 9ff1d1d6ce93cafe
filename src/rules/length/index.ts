import { channelText } from "../../post/post-segments.js";
import type { Span } from "../../types.js";
import type { Rule, RuleMessage, ValidPost } from "../types.js";

export const lengthRule: Rule = {
  id: "length",
  description:
    "The text each channel publishes (its variant or the body) is not empty and fits the channel, counted the way the platform counts.",
  defaultSeverity: "error",
  check(post, { config, limitsOf }) {
    const messages: RuleMessage[] = [];
    for (const channelId of post.data.channels) {
      const channel = config.channels.get(channelId);
      if (!channel) continue;
      const { segment, text } = channelText(post, channelId);
      const where = segment.kind === "variant" ? post.spanOf(["variants", channelId]) : bodyStart(post);
      // Rendering drops comments and markup, so a body holding only a reviewer's note publishes nothing: the
      // platform would refuse the post, or publish an empty one, at publishing time instead of at review.
      if (text.trim() === "") {
        const empty = segment.text.trim() === "" ? "empty" : "empty once comments and markup are removed";
        const what =
          segment.kind === "variant"
            ? `variants.${channelId} is ${empty}; expected the text for ${channelId}, or no variant to publish the body`
            : `the body is ${empty}; expected the post's text in the body or variants.${channelId}`;
        messages.push({ ...where, message: `nothing to publish on ${channelId}: ${what}` });
        continue;
      }
      for (const { count, max, unit } of limitsOf(channel).measure(channel, text)) {
        if (count <= max) continue;
        const fix = segment.kind === "variant" ? "shorten the variant" : `shorten the body or add variants.${channelId}`;
        messages.push({ ...where, message: `${count}/${max} ${unit} for ${channelId}: ${count - max} over; ${fix}` });
      }
    }
    return messages;
  },
};

/** The body's first position; for a file that ends with the closing "---" and no newline, the line after it. */
function bodyStart(post: ValidPost): Span {
  const at = post.spanAt(post.bodyOffset);
  return post.bodyOffset === post.text.length && !post.text.endsWith("\n") ? { line: at.line + 1, column: 1 } : at;
}
