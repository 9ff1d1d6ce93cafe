import { describe, expect, it } from "vitest";
import { checkLoadedPost, MAX_FINDINGS_PER_RULE } from "../../src/check/check-post.js";
import { parsePost } from "../../src/post/parsed-post.js";
import type { Rule } from "../../src/rules/types.js";
import { BASE_CONFIG, loadConfig, run } from "../checkpoints/kit.js";
import { brief } from "../helpers/foundation.js";

const POST = "---\nclient: acme\nchannels: [acme-bluesky]\n---\nHello.\n";

/** A rule that computes for `ms` milliseconds, then finds one thing. */
const busy = (id: string, ms: number): Rule => ({
  id,
  description: "test rule",
  defaultSeverity: "warning",
  check() {
    const until = performance.now() + ms;
    while (performance.now() < until);
    return [{ line: 5, column: 1, message: `${id} ran` }];
  },
});

describe("the time budget of one post", () => {
  it("stops the checks once a post has used its budget, with one error naming the checks that did not run", async () => {
    const config = await loadConfig(BASE_CONFIG);
    const loaded = parsePost("/content/posts/acme/p.md", "posts/acme/p.md", POST);
    const messages = await checkLoadedPost(loaded, config, { rules: [busy("slow", 60), busy("next", 1), busy("last", 1)], budgetMs: 20 });
    expect(brief(messages)).toEqual([
      expect.stringMatching(
        /^1:1 error budget checks stopped after 0\.\d s on this post: next, last did not run; an ordinary post takes milliseconds/,
      ),
      "5:1 warning slow slow ran",
    ]);
  });

  it("lets every check run within the budget", async () => {
    const config = await loadConfig(BASE_CONFIG);
    const loaded = parsePost("/content/posts/acme/p.md", "posts/acme/p.md", POST);
    const messages = await checkLoadedPost(loaded, config, { rules: [busy("slow", 5), busy("next", 1)], budgetMs: 2000 });
    expect(brief(messages)).toEqual(["5:1 warning next next ran", "5:1 warning slow slow ran"]);
  });
});

describe("the findings listed per check and post", () => {
  it("lists the first 200 of a check's findings in the file, then one saying that more are not listed", async () => {
    const many: Rule = {
      id: "spacing",
      description: "test rule",
      defaultSeverity: "warning",
      check: () => Array.from({ length: 250 }, (_, i) => ({ line: 5, column: 250 - i, message: "gap" })),
    };
    const found = await run(many, `---\nclient: acme\nchannels: [acme-bluesky]\n---\n${"a  ".repeat(300)}\n`);
    expect(found).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    expect(found[0]).toBe("5:1 warning spacing gap");
    expect(found[199]).toBe("5:200 warning spacing gap");
    expect(found[200]).toBe("5:201 warning spacing more spacing findings from here on are not listed (at most 200 per check and post)");
  });
});
