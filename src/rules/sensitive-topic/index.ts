import { publishedSegments } from "../../post/post-segments.js";
import { oneLine } from "../../text/one-line.js";
import { hashtagsIn, maskUrls } from "../../text/tokens.js";
import type { Span } from "../../types.js";
import type { Rule, RuleMessage } from "../types.js";
import { hashtagWords, type Topic, tagTouches, topicsOf } from "./topics.js";

/**
 * Options: `allow: [topic, …]` switches topics off for a client (e.g. a civic client that posts about elections).
 * Each topic is reported once, at its first mention: an error unless acknowledged in `sensitive`, a warning if it is.
 */
export const sensitiveTopicRule: Rule = {
  id: "sensitive-topic",
  description:
    "Posts touching a sensitive topic (politics and elections by default; sensitive_topics in the config) acknowledge it in `sensitive` with a reason.",
  defaultSeverity: "error",
  check(post, { config, options }) {
    const allowed = new Set(Array.isArray(options.allow) ? options.allow.map(String) : []);
    const topics = topicsOf(config);
    const acknowledged = new Map((post.data.sensitive ?? []).map((s) => [s.topic, s.reason.trim()]));
    const messages: RuleMessage[] = [];
    (post.data.sensitive ?? []).forEach((s, index) => {
      if (!topics.some((t) => t.id === s.topic)) {
        messages.push({
          ...post.spanOf(["sensitive", index, "topic"]),
          message: `sensitive[${index}].topic: unknown topic "${s.topic}" (known: ${topics.map((t) => t.id).join(", ")})`,
        });
      }
    });
    const checked = topics.filter((topic) => !allowed.has(topic.id));
    const first = firstMentions(post, checked);
    for (const topic of checked) {
      const mention = first.get(topic.id);
      if (!mention) continue;
      // A phrase can break across lines ("Prime\nMinister"), a reason can be a block scalar: messages stay on one line.
      const word = oneLine(mention.word);
      const reason = acknowledged.get(topic.id);
      messages.push(
        reason
          ? { ...mention.span, severity: "warning", message: `"${word}" touches ${topic.id} (acknowledged: ${oneLine(reason)})` }
          : {
              ...mention.span,
              message: `"${word}" touches ${topic.id}; the post must acknowledge it: add sensitive: [{topic: ${topic.id}, reason: …}] or rephrase`,
            },
      );
    }
    return messages;
  },
};

interface Mention {
  span: Span;
  word: string;
}

/**
 * Each topic's first mention, in prose or in a hashtag (reported whole: "#Election2026"). One pass over the
 * segments for all topics, so URLs are masked and hashtags split once per segment.
 */
function firstMentions(post: Parameters<Rule["check"]>[0], topics: readonly Topic[]): Map<string, Mention> {
  const first = new Map<string, Mention>();
  for (const segment of publishedSegments(post)) {
    if (first.size === topics.length) break;
    const text = maskUrls(segment.text);
    const tags = segment.text.includes("#")
      ? hashtagsIn(segment.text).map((tag) => ({ ...tag, compact: tag.text.replace(/_+/g, "") }))
      : [];
    for (const topic of topics) {
      if (first.has(topic.id)) continue;
      topic.re.lastIndex = 0;
      const m = topic.re.exec(text);
      topic.re.lastIndex = 0;
      let found = m ? { index: m.index, text: m[0] } : undefined;
      for (const tag of tags) {
        if (found && found.index < tag.index) break;
        if (topic.inTag.test(tag.compact) && tagTouches(topic, tag.text, hashtagWords(tag.text))) {
          found = tag;
          break;
        }
      }
      if (found)
        first.set(topic.id, {
          span: post.spanAt(segment.offsetAt(found.index), segment.offsetAt(found.index + found.text.length)),
          word: found.text,
        });
    }
  }
  return first;
}
