import type { LinkChecker } from "../../links/check-links.js";
import { urlProblem } from "../../links/well-formed.js";
import { publishedSegments } from "../../post/post-segments.js";
import { urlsIn } from "../../text/tokens.js";
import type { Span } from "../../types.js";
import type { Rule, RuleMessage } from "../types.js";

/** Near-misses of http(s) links that a reader's app will not make clickable: "htps://", "http:/x", "https//x". */
const BROKEN_SCHEME_RE =
  /(?<![\p{L}\p{N}])(?:h?t{1,2}ps?:\/(?!\/)|h?t{1,2}ps?\/\/|h?t{1,2}ps?:\/{3,}|(?!https?:)h?t{1,2}ps?:\/\/)[^\s<>()]*/giu;

/**
 * URLs in the body, variants, fact sources and reply_to are well-formed; with `--check-links`
 * (option `checker`, injected at run time) each distinct URL is fetched and dead ones are reported.
 */
export const linkRule: Rule = {
  id: "link",
  description:
    "URLs in the text, fact sources and reply_to are well-formed; with --check-links, each is fetched and dead links are reported.",
  defaultSeverity: "error",
  async check(post, { options }) {
    const messages: RuleMessage[] = [];
    const found = new Map<string, Span>();
    for (const segment of publishedSegments(post)) {
      const span = (start: number, end: number) => post.spanAt(segment.offsetAt(start), segment.offsetAt(end));
      for (const m of segment.text.matchAll(BROKEN_SCHEME_RE)) {
        const broken = m[0].replace(/[.,;:!?]+$/, "");
        messages.push({ ...span(m.index, m.index + broken.length), message: `"${broken}" is a broken link; expected http:// or https://` });
      }
      for (const url of urlsIn(segment.text)) {
        const where = span(url.index, url.index + url.text.length);
        const problem = urlProblem(url.text);
        if (problem) messages.push({ ...where, message: `${url.text} ${problem}` });
        else if (!found.has(url.text)) found.set(url.text, where);
      }
    }
    // A malformed source is fact-source's finding (at the source value, once): here only well-formed ones are fetched.
    (post.data.facts ?? []).forEach((fact, index) => {
      const source = fact.source.trim();
      if (/^https?:\/\//i.test(source) && !urlProblem(source) && !found.has(source))
        found.set(source, post.spanOf(["facts", index, "source"]));
    });
    if (post.data.reply_to) {
      const problem = urlProblem(post.data.reply_to);
      if (problem) messages.push({ ...post.spanOf(["reply_to"]), message: `reply_to: ${post.data.reply_to} ${problem}` });
      else if (!found.has(post.data.reply_to)) found.set(post.data.reply_to, post.spanOf(["reply_to"]));
    }
    // Injected at run time by --check-links; anything else under that name (a config value) is ignored.
    const checker =
      typeof (options.checker as LinkChecker | undefined)?.check === "function" ? (options.checker as LinkChecker) : undefined;
    if (checker) {
      const results = await Promise.all([...found].map(async ([url, span]) => ({ url, span, status: await checker.check(url) })));
      for (const { url, span, status } of results) {
        if (!status.ok) messages.push({ ...span, message: `${url} is dead: ${status.problem}` });
      }
    }
    return messages;
  },
};
