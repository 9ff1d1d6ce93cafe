import { publishedSegments } from "../../render/post-segments.js";
import { maskUrls } from "../../render/tokens.js";
import type { Span } from "../../types.js";
import type { Rule, RuleMessage } from "../types.js";
import { topicsOf } from "./topics.js";

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
    for (const topic of topics) {
      if (allowed.has(topic.id)) continue;
      const first = firstMention(post, topic.re);
      if (!first) continue;
      const reason = acknowledged.get(topic.id);
      messages.push(
        reason
          ? { ...first.span, severity: "warning", message: `"${first.word}" touches ${topic.id} (acknowledged: ${reason})` }
          : {
              ...first.span,
              message: `"${first.word}" touches ${topic.id}; the post must acknowledge it: add sensitive: [{topic: ${topic.id}, reason: …}] or rephrase`,
            },
      );
    }
    return messages;
  },
};

function firstMention(post: Parameters<Rule["check"]>[0], re: RegExp): { span: Span; word: string } | undefined {
  for (const segment of publishedSegments(post)) {
    re.lastIndex = 0;
    const m = re.exec(maskUrls(segment.text));
    re.lastIndex = 0;
    if (m) return { span: post.spanAt(segment.offsetAt(m.index), segment.offsetAt(m.index + m[0].length)), word: m[0] };
  }
  return undefined;
}
