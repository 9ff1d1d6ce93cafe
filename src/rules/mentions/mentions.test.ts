import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../../test/checkpoints/kit.js";
import { mentionsRule } from "./index.js";

const example = (name: string) => readFileSync(new URL(`examples/${name}`, import.meta.url), "utf8");

describe("mentions examples", () => {
  it("is quiet on five Bluesky handles and three fediverse mentions, not counting an e-mail address or an @ inside a URL", async () => {
    expect(await run(mentionsRule, example("good.md"))).toEqual([]);
  });

  it("reports the first mention over five in the Mastodon block-scalar variant and in the body Bluesky publishes", async () => {
    expect(await run(mentionsRule, example("bad.md"))).toEqual([
      "8:50 warning mentions 6 mentions for acme-mastodon, at most 5: remove 1 (from @trailcrew on)",
      "12:19 warning mentions 7 mentions for acme-bluesky, at most 5: remove 2 (from @ben.bsky.social on)",
    ]);
  });
});
