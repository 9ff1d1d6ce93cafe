import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, run } from "../../../test/checkpoints/kit.js";
import type { ResolvedConfig } from "../../config/types.js";
import { mediaRule } from "./index.js";
import { inspectMediaFile } from "./media-file.js";

let base: string;
let root: string;
let config: ResolvedConfig;

beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), "checkpost-media-"));
  root = path.join(base, "content");
  mkdirSync(path.join(root, "media"), { recursive: true });
  mkdirSync(path.join(root, "posts/acme"), { recursive: true });
  writeFileSync(path.join(root, "media/tent.png"), Buffer.alloc(2000));
  writeFileSync(path.join(root, "media/huge.png"), Buffer.alloc(1_500_000));
  writeFileSync(path.join(root, "media/anim.bmp"), Buffer.alloc(10));
  writeFileSync(path.join(base, "secret.png"), Buffer.alloc(10));
  symlinkSync(path.join(base, "secret.png"), path.join(root, "media/link.png"));
  config = await loadConfig(undefined, root);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const post = (...files: string[]) =>
  `---\nclient: acme\nchannels: [acme-bluesky, acme-mastodon]\nmedia:\n${files.map((f) => `  - file: ${f}\n    alt: A green tent on a ridge.`).join("\n")}\n---\nHi.\n`;

describe("inspectMediaFile", () => {
  it("finds root-relative and post-relative files inside the root", () => {
    const postFile = path.join(root, "posts/acme/p.md");
    expect(inspectMediaFile(root, postFile, "media/tent.png")).toMatchObject({ ok: true, size: 2000, ext: "png" });
    expect(inspectMediaFile(root, postFile, "../../media/tent.png")).toMatchObject({ ok: true, size: 2000 });
  });

  it("refuses absolute paths, .. leaving the root, symlinks out and missing files", () => {
    const postFile = path.join(root, "posts/acme/p.md");
    expect(inspectMediaFile(root, postFile, "/etc/passwd")).toEqual({
      ok: false,
      problem: "is an absolute path; expected a path inside the content repository (e.g. media/acme/tent.png)",
    });
    expect(inspectMediaFile(root, postFile, "../../../secret.png")).toEqual({
      ok: false,
      problem: "leaves the content repository; expected a path inside it",
    });
    expect(inspectMediaFile(root, postFile, "media/link.png")).toEqual({
      ok: false,
      problem: "is a symlink to a file outside the content repository; copy the file into the repository",
    });
    expect(inspectMediaFile(root, postFile, "media/nope.png")).toEqual({
      ok: false,
      problem: "not found (looked for media/nope.png in the content repository)",
    });
  });
});

describe("media", () => {
  it("passes a small png on Bluesky and Mastodon", async () => {
    expect(await run(mediaRule, post("media/tent.png"), { config })).toEqual([]);
  });

  it("reports a missing file, a path leaving the root, a wrong type and an image over Bluesky's 1 MB", async () => {
    expect(await run(mediaRule, post("media/nope.png", "../../../secret.png", "media/anim.bmp", "media/huge.png"), { config })).toEqual([
      "5:11 error media media[0].file: media/nope.png not found (looked for media/nope.png in the content repository)",
      "7:11 error media media[1].file: ../../../secret.png leaves the content repository; expected a path inside it",
      "9:11 error media media[2].file: acme-bluesky does not take .bmp files (accepted: png, jpg, jpeg, webp, gif, mp4)",
      "9:11 error media media[2].file: acme-mastodon does not take .bmp files (accepted: png, jpg, jpeg, webp, gif, mp4, mov)",
      "11:11 error media media[3].file: 1.4 MB is over acme-bluesky's limit of 1000 kB for .png files; compress or resize it",
    ]);
  });

  it("reports a fifth image at the fifth entry for both 4-image channels", async () => {
    const five = post(...Array.from({ length: 5 }, () => "media/tent.png"));
    expect(await run(mediaRule, five, { config })).toEqual([
      "13:5 error media media: 5 files, but acme-bluesky takes at most 4 per post",
      "13:5 error media media: 5 files, but acme-mastodon takes at most 4 per post",
    ]);
  });
});

const example = (name: string) => readFileSync(new URL(`examples/${name}`, import.meta.url), "utf8");

describe("media examples", () => {
  // The examples' tiny images, copied into a content root with one image too large for Bluesky (written here, not committed).
  let exampleBase: string;
  let exampleConfig: ResolvedConfig;
  beforeAll(async () => {
    exampleBase = mkdtempSync(path.join(tmpdir(), "checkpost-media-examples-"));
    cpSync(new URL("examples/media", import.meta.url), path.join(exampleBase, "media"), { recursive: true });
    writeFileSync(path.join(exampleBase, "media/ridgeline-full-size.png"), Buffer.alloc(1_500_000));
    exampleConfig = await loadConfig(undefined, exampleBase);
  });
  afterAll(() => rmSync(exampleBase, { recursive: true, force: true }));

  it("is quiet on a root-relative and a post-relative png", async () => {
    expect(await run(mediaRule, example("good.md"), { config: exampleConfig })).toEqual([]);
  });

  it("reports a missing file, a path leaving the root, a .bmp, a fifth file and an image over Bluesky's 1 MB", async () => {
    expect(await run(mediaRule, example("bad.md"), { config: exampleConfig })).toEqual([
      "8:11 error media media[1].file: media/ridgelne.png not found (looked for media/ridgelne.png in the content repository)",
      "10:11 error media media[2].file: ../../../Desktop/trail-crew.png leaves the content repository; expected a path inside it",
      "12:11 error media media[3].file: acme-bluesky does not take .bmp files (accepted: png, jpg, jpeg, webp, gif, mp4)",
      "12:11 error media media[3].file: acme-mastodon does not take .bmp files (accepted: png, jpg, jpeg, webp, gif, mp4, mov)",
      "14:5 error media media: 5 files, but acme-bluesky takes at most 4 per post",
      "14:5 error media media: 5 files, but acme-mastodon takes at most 4 per post",
      "14:11 error media media[4].file: 1.4 MB is over acme-bluesky's limit of 1000 kB for .png files; compress or resize it",
    ]);
  });
});
