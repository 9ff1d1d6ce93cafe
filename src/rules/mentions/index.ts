import { checkCountLimit } from "../../post/count-limit.js";
import { mentionsIn } from "../../text/tokens.js";
import type { Rule } from "../types.js";

/** Options: `{max: 5, per_channel: {acme-bluesky: 3}}`; default at most 5 per channel (mass mentions read as spam). */
export const mentionsRule: Rule = {
  id: "mentions",
  description: "The text each channel publishes has at most `max` @mentions (default 5; `per_channel` overrides).",
  defaultSeverity: "warning",
  check: (post, { options }) => checkCountLimit(post, options, { max: 5 }, "mentions", mentionsIn),
};
