import { describe, expect, it } from "vitest";
import { run } from "../../../test/checkpoints/kit.js";
import { altTextRule } from "./index.js";

const post = (...alts: string[]) =>
  `---\nclient: acme\nchannels: [acme-bluesky, acme-mastodon]\nmedia:\n${alts.map((a, i) => `  - file: media/trail-crew-${i}.png\n    alt: ${a}`).join("\n")}\n---\nHi.\n`;

describe("alt-text", () => {
  it("passes a description", async () => {
    expect(await run(altTextRule, post("Four volunteers carry rocks up a muddy trail."))).toEqual([]);
  });

  it("reports empty, placeholder and file-name alt texts at the alt value", async () => {
    expect(await run(altTextRule, post('""', "Image", "trail crew 2", "photo."))).toEqual([
      "6:10 error alt-text media[0].alt: empty; describe what the image shows for people who cannot see it",
      '8:10 error alt-text media[1].alt: "Image" says nothing about the picture; describe what the image shows for people who cannot see it',
      '10:10 error alt-text media[2].alt: "trail crew 2" is the file name; describe what the image shows for people who cannot see it',
      '12:10 error alt-text media[3].alt: "photo." says nothing about the picture; describe what the image shows for people who cannot see it',
    ]);
  });

  it("treats the path, the base name and the bare name (any case, - or _ for spaces) as the file name", async () => {
    expect(
      await run(
        altTextRule,
        post("media/trail-crew-0.png", "trail-crew-1.png", "Trail_Crew_2", "./media/TRAIL-CREW-3.PNG", "media/trail-crew-4"),
      ),
    ).toEqual([
      '6:10 error alt-text media[0].alt: "media/trail-crew-0.png" is the file name; describe what the image shows for people who cannot see it',
      '8:10 error alt-text media[1].alt: "trail-crew-1.png" is the file name; describe what the image shows for people who cannot see it',
      '10:10 error alt-text media[2].alt: "Trail_Crew_2" is the file name; describe what the image shows for people who cannot see it',
      '12:10 error alt-text media[3].alt: "./media/TRAIL-CREW-3.PNG" is the file name; describe what the image shows for people who cannot see it',
      '14:10 error alt-text media[4].alt: "media/trail-crew-4" is the file name; describe what the image shows for people who cannot see it',
    ]);
  });

  it("does not take a description that merely mentions the file's words for the file name", async () => {
    expect(await run(altTextRule, post("The trail crew, photo 0 of the day."))).toEqual([]);
  });

  it("counts Mastodon's 1500-character limit (Bluesky allows 2000 graphemes)", async () => {
    expect(await run(altTextRule, post("a".repeat(1501)))).toEqual([
      "6:10 error alt-text media[0].alt: 1501/1500 characters for acme-mastodon; shorten it",
    ]);
  });
});
