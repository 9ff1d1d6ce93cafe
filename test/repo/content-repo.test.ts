import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PathInfo } from "../../src/github/api.js";
import type { LoadedPost } from "../../src/post/parsed-post.js";
import type { ContentRepo } from "../../src/repo/content-repo.js";
import { DiskContentRepo } from "../../src/repo/disk-content-repo.js";
import { GitHubContentRepo } from "../../src/repo/github-content-repo.js";
import { FakeApi } from "../pr/fake-api.js";

const REF = "c".repeat(40);
const CONFIG = `posts: posts/**/*.md
dictionary:
  file: words.txt
clients:
  acme:
    contact: jane-acme
    channels:
      acme-bluesky: { type: bluesky, handle: acme.bsky.social, secret_env: ACME_BLUESKY }
`;
const POST = "---\nclient: acme\nchannels: [acme-bluesky]\n---\nFresh trail maps.\n";
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 100 }, (_, i) => i)]);

/** The same content repository, file by file (paths relative to its root). */
const FILES: Record<string, string | Uint8Array> = {
  "content/checkpost.yml": CONFIG,
  "content/words.txt": "Fieldnote\n# a comment\nAcme\n",
  "content/posts/crlf.md": `\uFEFF${POST.replace(/\n/g, "\r\n")}`,
  "content/posts/binary.md": new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x0a]),
  "content/posts/huge.md": `${POST}${"x".repeat(300 * 1024)}`,
  "content/media/tent.png": PNG,
};

let root: string;
let disk: DiskContentRepo;
let api: FakeApi & { info: Map<string, PathInfo> };
let github: GitHubContentRepo;

class PathsApi extends FakeApi {
  /** What a path is besides a file: a folder, a symlink. */
  info = new Map<string, PathInfo>();
  override async getPathInfo(repoPath: string, ref: string) {
    return this.info.get(repoPath) ?? super.getPathInfo(repoPath, ref);
  }
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "checkpost-repo-"));
  api = new PathsApi({
    number: 1,
    title: "t",
    state: "open",
    draft: false,
    user: { login: "sam", id: 1 },
    head: { sha: REF, ref: "h", repoFullName: "o/r" },
    base: { sha: REF, ref: "b", repoFullName: "o/r" },
  });
  for (const [file, content] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), content);
    api.contents.set(`${file}@${REF}`, content);
  }
  disk = new DiskContentRepo(root);
  // The checkout's path, where nothing is: absolute paths in messages are made from it all the same.
  github = new GitHubContentRepo(api, REF, root);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** What a loaded post says, without its functions. */
const summary = (loaded: LoadedPost | undefined) =>
  loaded && {
    file: loaded.post?.file,
    relPath: loaded.post?.relPath,
    data: loaded.post?.data,
    messages: loaded.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`),
  };

describe.each([
  ["on disk", () => disk as ContentRepo],
  ["at a commit through the GitHub API", () => github as ContentRepo],
])("the content repository %s", (_, repo) => {
  it("reads checkpost.yml with its dictionary file, rooted at the config's folder", async () => {
    const loaded = await repo().readConfig("content/checkpost.yml");
    expect(loaded?.messages).toEqual([]);
    expect(loaded?.config?.root).toBe(path.join(root, "content"));
    expect(loaded?.config?.words).toEqual(expect.arrayContaining(["Fieldnote", "Acme"]));
  });

  it("reads posts as defensively from one as from the other: BOM and CRLF read, NUL and oversize refused", async () => {
    expect(summary(await repo().readPost("content/posts/crlf.md", "posts/crlf.md"))).toEqual({
      file: path.join(root, "content/posts/crlf.md"),
      relPath: "posts/crlf.md",
      data: { client: "acme", channels: ["acme-bluesky"] },
      messages: [],
    });
    expect(summary(await repo().readPost("content/posts/binary.md", "posts/binary.md"))?.messages).toEqual([
      "2:1 schema file contains a NUL byte: it looks binary; expected UTF-8 text",
    ]);
    expect(summary(await repo().readPost("content/posts/huge.md", "posts/huge.md"))?.messages).toEqual([
      "1:1 schema file is larger than the limit of 256 KiB; expected a short text file",
    ]);
  });

  it("tells what a media path is, with the file's first bytes, and gives its whole bytes on demand", async () => {
    const info = await repo().mediaInfo("content/media/tent.png");
    expect(info.kind === "file" && { size: info.size, signature: [...(info.head ?? []).slice(0, 8)] }).toEqual({
      size: PNG.length,
      signature: [...PNG.slice(0, 8)],
    });
    expect(await repo().mediaInfo("content/media/gone.png")).toEqual({ kind: "missing" });
    expect(await repo().mediaBytes("content/media/tent.png")).toEqual(PNG);
    expect(await repo().mediaBytes("content/media/gone.png")).toBeUndefined();
  });
});

describe("the content repository at a commit through the GitHub API", () => {
  it("answers undefined for a config or post that is not at the commit, one request per file read", async () => {
    api.calls.length = 0;
    expect(await github.readConfig("content/checkpost.yaml")).toBeUndefined();
    expect(await github.readPost("content/posts/gone.md", "posts/gone.md")).toBeUndefined();
    expect(api.calls).toEqual([`getFileBytes content/checkpost.yaml@${REF}`, `getFileBytes content/posts/gone.md@${REF}`]);
    api.calls.length = 0;
    await github.readConfig("content/checkpost.yml");
    expect(api.calls).toEqual([`getFileBytes content/checkpost.yml@${REF}`, `getFileBytes content/words.txt@${REF}`]);
  });

  it("a post over the contents API's 1 MB is a finding on it, not a failure", async () => {
    api.contents.set(`content/posts/huger.md@${REF}`, `${POST}${"x".repeat(2 * 1024 * 1024)}`);
    expect(summary(await github.readPost("content/posts/huger.md", "posts/huger.md"))?.messages).toEqual([
      "1:1 schema file is larger than the limit of 256 KiB; expected a short text file",
    ]);
  });

  it("a symlink is refused (the API cannot show where it points), a folder is not a file", async () => {
    api.info.set("content/media/link.png", { type: "symlink", size: 10 });
    api.info.set("content/media/folder.png", { type: "dir", size: 0 });
    expect(await github.mediaInfo("content/media/link.png")).toEqual({ kind: "outside-link" });
    expect(await github.mediaInfo("content/media/folder.png")).toEqual({ kind: "not-a-file" });
  });
});

describe("the content repository on disk", () => {
  it("says why it cannot read a config or post that is not there", async () => {
    expect((await disk.readConfig("content/checkpost.yaml")).messages.map((m) => m.message)).toEqual(["cannot read the config: not found"]);
    expect(summary(await disk.readPost("content/posts/gone.md", "posts/gone.md"))?.messages).toEqual([
      "1:1 schema cannot read the file: not found",
    ]);
  });

  it("refuses a symlink leaving the repository and hands out no bytes through it; a folder is not a file", async () => {
    const outside = path.join(path.dirname(root), `${path.basename(root)}-outside.png`);
    await writeFile(outside, PNG);
    try {
      await symlink(outside, path.join(root, "content/media/link.png"));
      await symlink(path.join(root, "content/media/tent.png"), path.join(root, "content/media/inside.png"));
      expect(await disk.mediaInfo("content/media/link.png")).toEqual({ kind: "outside-link" });
      expect(await disk.mediaBytes("content/media/link.png")).toBeUndefined();
      expect((await disk.mediaInfo("content/media/inside.png")).kind).toBe("file");
      expect(await disk.mediaInfo("content/media")).toEqual({ kind: "not-a-file" });
    } finally {
      await rm(outside, { force: true });
    }
  });
});
