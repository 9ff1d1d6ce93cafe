import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, run } from "../../../test/checkpoints/kit.js";
import { patch } from "../../../test/helpers/patch.js";
import type { ResolvedConfig } from "../../config/types.js";
import { inspectMediaFile, type MediaLookup } from "../../media/media-file.js";
import { contentMismatch, detectContentType } from "../../media/media-type.js";
import { mediaRule } from "./index.js";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** A file of `size` bytes that starts like a PNG, so only its size or name is under test. */
const png = (size: number) => Buffer.concat([Buffer.from(PNG_SIGNATURE), Buffer.alloc(size - PNG_SIGNATURE.length)]);
/** An MP4 (ISO base media) header: a 24-byte ftyp box with brand `brand`. */
const ftyp = (brand: string, size = 64) =>
  Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from(`ftyp${brand}`, "latin1"), Buffer.alloc(size - 12)]);

let base: string;
let root: string;
let config: ResolvedConfig;

beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), "checkpost-media-"));
  root = path.join(base, "content");
  mkdirSync(path.join(root, "media"), { recursive: true });
  mkdirSync(path.join(root, "posts/acme"), { recursive: true });
  writeFileSync(path.join(root, "media/tent.png"), png(2000));
  writeFileSync(path.join(root, "media/huge.png"), png(1_500_000));
  writeFileSync(path.join(root, "media/edge.png"), png(1_000_001));
  writeFileSync(path.join(root, "media/anim.bmp"), Buffer.from("BM:\0\0\0\0\0\0\0", "latin1"));
  writeFileSync(path.join(root, "media/fake.png"), "This is not a picture, just a note.\n");
  writeFileSync(path.join(root, "media/photo.png"), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]));
  writeFileSync(path.join(root, "media/empty.jpg"), "");
  // What git holds for a file tracked by Git LFS, and what a checkout without `git lfs pull` has on disk.
  writeFileSync(
    path.join(root, "media/lfs.png"),
    "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 1500000\n",
  );
  writeFileSync(path.join(root, "media/clip.mp4"), ftyp("isom"));
  writeFileSync(path.join(root, "media/clip2.mp4"), ftyp("mp42"));
  writeFileSync(path.join(root, "media/phone.mov"), ftyp("qt  "));
  writeFileSync(path.join(root, "media/heic.mp4"), ftyp("heic"));
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
    // Only the first 32 bytes are read, however large the file.
    expect(inspectMediaFile(root, postFile, "media/huge.png")).toMatchObject({ ok: true, size: 1_500_000, head: png(32) });
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
      "11:11 error media media[3].file: 1.5 MB is over acme-bluesky's limit of 1 MB for .png files; compress or resize it",
    ]);
  });

  it("gives exact bytes when the size and the limit would round to the same text", async () => {
    expect(await run(mediaRule, post("media/edge.png"), { config })).toEqual([
      "5:11 error media media[0].file: 1,000,001 bytes is over acme-bluesky's limit of 1,000,000 bytes for .png files; compress or resize it",
    ]);
  });

  it("reports a file whose first bytes do not match its extension: text as .png, a JPEG as .png, an empty .jpg, a HEIC as .mp4", async () => {
    expect(await run(mediaRule, post("media/fake.png", "media/photo.png", "media/empty.jpg"), { config })).toEqual([
      "5:11 error media media[0].file: media/fake.png is text, but its .png extension says a PNG image; export it again in that format, or name it for what it is",
      "7:11 error media media[1].file: media/photo.png is a JPEG image, but its .png extension says a PNG image; export it again in that format, or name it for what it is",
      "9:11 error media media[2].file: media/empty.jpg is empty; expected a JPEG image",
    ]);
    const discord = `---\nclient: northwind\nchannels: [northwind-discord]\nmedia:\n  - file: media/heic.mp4\n    alt: A tent.\n---\nHi.\n`;
    expect(await run(mediaRule, discord, { config })).toEqual([
      "5:11 error media media[0].file: media/heic.mp4 is a HEIC/HEIF image, but its .mp4 extension says an MP4/QuickTime video; export it again in that format, or name it for what it is",
    ]);
  });

  it("says a Git LFS pointer's content and size were not checked, instead of calling the picture text", async () => {
    expect(await run(mediaRule, post("media/lfs.png"), { config })).toEqual([
      "5:11 info media media[0].file: media/lfs.png is stored in Git LFS; its content and size were not checked here",
    ]);
    // The type is still the extension's: Bluesky does not take .bmp, whatever LFS holds.
    const pointer: MediaLookup = () => ({
      kind: "file",
      size: 130,
      head: new TextEncoder().encode("version https://git-lfs.github.com/spec/v1\n"),
    });
    expect(await run(mediaRule, post("media/a.bmp"), { config, ruleOptions: { media: { lookup: pointer } } })).toEqual([
      "5:11 info media media[0].file: media/a.bmp is stored in Git LFS; its content and size were not checked here",
      "5:11 error media media[0].file: acme-bluesky does not take .bmp files (accepted: png, jpg, jpeg, webp, gif, mp4)",
      "5:11 error media media[0].file: acme-mastodon does not take .bmp files (accepted: png, jpg, jpeg, webp, gif, mp4, mov)",
    ]);
  });

  it("checks the content the Action's lookup provides, and skips the check when a lookup gives no bytes", async () => {
    const text: MediaLookup = () => ({ kind: "file", size: 30, head: new TextEncoder().encode("<html>not found</html>") });
    expect(await run(mediaRule, post("media/any.png"), { config, ruleOptions: { media: { lookup: text } } })).toEqual([
      "5:11 error media media[0].file: media/any.png is text, but its .png extension says a PNG image; export it again in that format, or name it for what it is",
    ]);
    const sizeOnly: MediaLookup = () => ({ kind: "file", size: 30 });
    expect(await run(mediaRule, post("media/any.png"), { config, ruleOptions: { media: { lookup: sizeOnly } } })).toEqual([]);
  });

  it("takes one video alone on Bluesky and Mastodon (an .mp4 and a QuickTime .mov both count as video)", async () => {
    expect(await run(mediaRule, post("media/clip.mp4"), { config })).toEqual([]);
    const mastodonOnly = patch(post("media/phone.mov"), "[acme-bluesky, acme-mastodon]", "[acme-mastodon]");
    expect(await run(mediaRule, mastodonOnly, { config })).toEqual([]);
  });

  it("reports videos beside images, naming the channel and what it takes, at the first video", async () => {
    expect(await run(mediaRule, post("media/tent.png", "media/clip.mp4", "media/tent.png", "media/clip2.mp4"), { config })).toEqual([
      "7:5 error media media: 2 images and 2 videos, but acme-bluesky takes up to 4 images or 1 video per post, never both; keep one video alone or post it separately",
      "7:5 error media media: 2 images and 2 videos, but acme-mastodon takes up to 4 images or 1 video per post, never both; keep one video alone or post it separately",
    ]);
  });

  it("reports a second video at the second video", async () => {
    expect(await run(mediaRule, post("media/clip.mp4", "media/clip2.mp4"), { config })).toEqual([
      "7:5 error media media: 2 videos, but acme-bluesky takes up to 4 images or 1 video per post, never both; keep one video alone or post it separately",
      "7:5 error media media: 2 videos, but acme-mastodon takes up to 4 images or 1 video per post, never both; keep one video alone or post it separately",
    ]);
  });

  it("counts only images against the image limit where a video must be alone, so 4 images and a video is one finding", async () => {
    const four = Array.from({ length: 4 }, () => "media/tent.png");
    expect(await run(mediaRule, post(...four, "media/clip.mp4"), { config })).toEqual([
      "13:5 error media media: 4 images and 1 video, but acme-bluesky takes up to 4 images or 1 video per post, never both; keep one video alone or post it separately",
      "13:5 error media media: 4 images and 1 video, but acme-mastodon takes up to 4 images or 1 video per post, never both; keep one video alone or post it separately",
    ]);
  });

  it("lets Discord mix videos and images (it takes any 10 attachments)", async () => {
    const files = ["media/tent.png", "media/clip.mp4", "media/tent.png", "media/clip2.mp4"];
    const discord = `---\nclient: northwind\nchannels: [northwind-discord]\nmedia:\n${files.map((f) => `  - file: ${f}\n    alt: A tent.`).join("\n")}\n---\nHi.\n`;
    expect(await run(mediaRule, discord, { config })).toEqual([]);
  });

  it("reports a fifth image at the fifth entry for both 4-image channels", async () => {
    const five = post(...Array.from({ length: 5 }, () => "media/tent.png"));
    expect(await run(mediaRule, five, { config })).toEqual([
      "13:5 error media media: 5 images, but acme-bluesky takes at most 4 per post",
      "13:5 error media media: 5 images, but acme-mastodon takes at most 4 per post",
    ]);
  });

  it("counts every file on Discord, videos included: the eleventh is reported", async () => {
    const files = Array.from({ length: 11 }, (_, i) => (i % 2 ? "media/clip.mp4" : "media/tent.png"));
    const discord = `---\nclient: northwind\nchannels: [northwind-discord]\nmedia:\n${files.map((f) => `  - file: ${f}\n    alt: A tent.`).join("\n")}\n---\nHi.\n`;
    expect(await run(mediaRule, discord, { config })).toEqual([
      "25:5 error media media: 11 files, but northwind-discord takes at most 10 per post",
    ]);
  });
});

describe("detectContentType", () => {
  it("names common media from their first bytes and keeps text out of the binary signatures", () => {
    expect(detectContentType(png(32))?.label).toBe("a PNG image");
    expect(detectContentType(Buffer.from("GIF89a\x01\x00", "latin1"))?.label).toBe("a GIF image");
    expect(detectContentType(Buffer.from("RIFF\x10\0\0\0WEBPVP8 ", "latin1"))?.label).toBe("a WebP image");
    expect(detectContentType(ftyp("qt  "))?.label).toBe("an MP4/QuickTime video");
    expect(detectContentType(ftyp("avif"))?.label).toBe("an AVIF image");
    // Text that happens to hold "wide" at offset 4, or start with "BM", is still text.
    expect(detectContentType(Buffer.from("the wide tent"))?.label).toBe("text");
    expect(detectContentType(Buffer.from("BMW parked by the tent"))?.label).toBe("text");
    // A UTF-8 character cut at the end of the head is still text.
    expect(detectContentType(Buffer.from("Zelt für zwei Personen, grün").subarray(0, 27))?.label).toBe("text");
  });

  it("reports unknown bytes with the first of them, and stays quiet on extensions it has no signature for", () => {
    expect(contentMismatch("gif", Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 8]))).toBe(
      "does not start like any known media file (first bytes 00 01 02 03 04 05 06 07), but its .gif extension says a GIF image; export it again in that format, or name it for what it is",
    );
    expect(contentMismatch("xyz", Buffer.from("text"))).toBeUndefined();
  });
});
