import { describe, expect, it } from "vitest";
import { run } from "../../../test/checkpoints/kit.js";
import { BASE_CONFIG } from "../../../test/helpers/foundation.js";
import { inclusiveRule } from "./index.js";

describe("inclusive", () => {
  it("allows more words with the ignore option", async () => {
    const config = `checks:\n  inclusive: {ignore: [guys]}\n${BASE_CONFIG}`;
    expect(await run(inclusiveRule, "---\nclient: acme\nchannels: [acme-bluesky]\n---\nHey guys!\n", { config })).toEqual([]);
  });
});
