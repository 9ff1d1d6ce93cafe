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

  it("reports a text over the limit on two channels once, naming both", async () => {
    const both = "---\nclient: acme\nchannels: [acme-bluesky, acme-mastodon]\n---\n#A #B #C #D #E #F #G, thanks @a @b @c @d @e @f\n";
    expect(await run(hashtagsRule, both)).toEqual([
      "5:16 warning hashtags 7 hashtags for acme-bluesky and acme-mastodon, at most 5: remove 2 (from #F on)",
    ]);
    expect(await run(mentionsRule, both)).toEqual([
      "5:45 warning mentions 6 mentions for acme-bluesky and acme-mastodon, at most 5: remove 1 (from @f on)",
    ]);
    const ruleOptions = { hashtags: { per_channel: { "acme-mastodon": 3 } } };
    expect(await run(hashtagsRule, both, { ruleOptions })).toEqual([
      "5:10 warning hashtags 7 hashtags for acme-bluesky (at most 5) and acme-mastodon (at most 3): remove 4 (from #D on)",
    ]);
  });
});
