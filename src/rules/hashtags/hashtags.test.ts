import { describe, expect, it } from "vitest";
import { run } from "../../../test/checkpoints/kit.js";
import { mentionsRule } from "../mentions/index.js";
import { hashtagsRule } from "./index.js";

const post = `---
client: acme
channels: [acme-bluesky, acme-mastodon]
variants:
  acme-mastodon: |
    Short. #One #Two @a @b @c@mastodon.social
---
#A #B #C #D #E #F and https://acme.example/#G, thanks @a @b @c @d @e @f@x.social and me@acme.example.
`;

describe("hashtags and mentions", () => {
  it("default: at most 5 per channel, reported at the first one over, variants counted on their own", async () => {
    expect(await run(hashtagsRule, post)).toEqual(["8:16 warning hashtags 6 hashtags for acme-bluesky, at most 5: remove 1 (from #F on)"]);
    expect(await run(mentionsRule, post)).toEqual([
      "8:70 warning mentions 6 mentions for acme-bluesky, at most 5: remove 1 (from @f@x.social on)",
    ]);
  });

  // A plain YAML scalar would drop " #One #Two" as a comment: variants with hashtags need a block scalar.
  it("per_channel overrides max; max 0 switches the limit off", async () => {
    const ruleOptions = { hashtags: { max: 0, per_channel: { "acme-mastodon": 1 } } };
    expect(await run(hashtagsRule, post, { ruleOptions })).toEqual([
      "6:17 warning hashtags 2 hashtags for acme-mastodon, at most 1: remove 1 (from #Two on)",
    ]);
  });
});
