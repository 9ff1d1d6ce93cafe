import { describe, expect, it } from "vitest";
import { run } from "../../../test/checkpoints/kit.js";
import { BASE_CONFIG } from "../../../test/helpers/foundation.js";
import { inclusiveRule } from "./index.js";

describe("inclusive", () => {
  it("allows more words with the ignore option", async () => {
    const config = `checks:\n  inclusive: {ignore: [guys]}\n${BASE_CONFIG}`;
    expect(await run(inclusiveRule, "---\nclient: acme\nchannels: [acme-bluesky]\n---\nHey guys!\n", { config })).toEqual([]);
  });

  const post = (body: string) => `---\nclient: acme\nchannels: [acme-bluesky]\n---\n${body}\n`;

  it("leaves words inside proper names alone, but not the same word starting a sentence or in lower case", async () => {
    expect(await run(inclusiveRule, post("Pies by Hartley & Sons. Sons and daughters welcome. Ask Smith and Sons Ltd."))).toEqual([
      '5:25 warning inclusive "Sons" may be insensitive; consider "Children"',
      '5:34 warning inclusive "daughters" may be insensitive; consider "children"',
    ]);
  });

  it("reads pop as the verb it is in copy", async () => {
    expect(await run(inclusiveRule, post("Pop round for a cuppa, or pop in later. Pops of colour."))).toEqual([]);
  });

  it("keeps a finding suppressible where a person has looked", async () => {
    const text = "<!-- checkpost-disable-next-line inclusive -->\nHis sons run the shop.";
    // What a suppression hides stays visible as an info finding for reviewers.
    expect(await run(inclusiveRule, post(text))).toEqual([
      '5:1 info suppression checkpost-disable-next-line hides findings of "inclusive" here',
    ]);
  });
});
