import { describe, expect, it } from "vitest";
import { clientOf, clientsToApprove, type PostFileChange, type TouchedFiles } from "../../src/approval/touched-clients.js";
import { resolveConfigText } from "../../src/check/load-config.js";
import { parsePost } from "../../src/post/parsed-post.js";
import type { ContentRepo } from "../../src/repo/content-repo.js";

const config = await (async () => {
  const loaded = await resolveConfigText(
    "/repo/content/checkpost.yml",
    `clients:
  acme:
    contact: jane-acme
    folders: [posts/acme, media/acme]
    channels:
      acme-bluesky: { type: bluesky, handle: acme.bsky.social, secret_env: ACME_BLUESKY }
  northwind:
    contact: ola-northwind
    folders: [posts/northwind]
    channels:
      northwind-bluesky: { type: bluesky, handle: northwind.bsky.social, secret_env: NORTHWIND_BLUESKY }
  bakery:
    contact: ben-bakery
    channels:
      bakery-bluesky: { type: bluesky, handle: bakery.bsky.social, secret_env: BAKERY_BLUESKY }
`,
  );
  if (!loaded.config) throw new Error(loaded.messages.map((m) => m.message).join("; "));
  return loaded.config;
})();

const postFor = (client: string) => `---\nclient: ${client}\nchannels: [${client}-bluesky]\n---\nFine.\n`;

/** The base commit: posts by repository path; records every read. */
function baseRepo(files: Record<string, string>) {
  const reads: string[] = [];
  const unused = () => Promise.reject(new Error("not read for approval"));
  const repo: ContentRepo = {
    root: "/repo",
    async readPost(repoPath, relPath) {
      reads.push(repoPath);
      const text = files[repoPath];
      return text === undefined ? undefined : parsePost(`/repo/${repoPath}`, relPath, text);
    },
    readConfig: unused,
    mediaInfo: unused,
    mediaBytes: unused,
  };
  return { repo, reads };
}

/** A change under the content root `content/`. */
const change = (relPath: string, status: PostFileChange["status"], previousRel?: string): PostFileChange => ({
  repoPath: `content/${relPath}`,
  relPath,
  status,
  ...(previousRel ? { previousFilename: `content/${previousRel}` } : {}),
});

describe("clientsToApprove: the clients whose contacts must approve a pull request", () => {
  const cases: {
    name: string;
    posts?: TouchedFiles["posts"];
    deleted?: PostFileChange[];
    otherPaths?: string[];
    base?: Record<string, string>;
    clients: string[];
    /** Posts read at the base (repository paths). */
    reads: string[];
  }[] = [
    {
      name: "an added post: the client it names, nothing read at the base",
      posts: [{ ...change("posts/sale.md", "added"), client: "bakery" }],
      clients: ["bakery"],
      reads: [],
    },
    {
      name: "a copied post costs no read at the base either",
      posts: [{ ...change("posts/copy.md", "copied", "posts/sale.md"), client: "bakery" }],
      base: { "content/posts/sale.md": postFor("acme") },
      clients: ["bakery"],
      reads: [],
    },
    {
      name: "a client the config does not know needs no one (the check reports it)",
      posts: [{ ...change("posts/sale.md", "added"), client: "nobody" }],
      clients: [],
      reads: [],
    },
    {
      name: "a modified post: the client it names and the client it had at the base",
      posts: [{ ...change("posts/sale.md", "modified"), client: "bakery" }],
      base: { "content/posts/sale.md": postFor("acme") },
      clients: ["acme", "bakery"],
      reads: ["content/posts/sale.md"],
    },
    {
      name: "a modified post naming no client: still the client it had at the base",
      posts: [change("posts/sale.md", "modified")],
      base: { "content/posts/sale.md": postFor("bakery") },
      clients: ["bakery"],
      reads: ["content/posts/sale.md"],
    },
    {
      name: "a post in a client's folders needs that client whatever it names",
      posts: [{ ...change("posts/acme/sale.md", "added"), client: "bakery" }],
      clients: ["acme", "bakery"],
      reads: [],
    },
    {
      name: "a changed image in a client's folders needs that client, though no post changed",
      otherPaths: ["media/acme/winter-sale.png"],
      clients: ["acme"],
      reads: [],
    },
    {
      name: "files outside every client's folders need no client",
      otherPaths: ["media/shared/logo.png", "README.md", "media/acme-old/tent.png"],
      clients: [],
      reads: [],
    },
    {
      name: "a post renamed across client folders: the new folder's client and the client it had at its old path",
      posts: [{ ...change("posts/northwind/sale.md", "renamed", "posts/acme/sale.md"), client: "northwind" }],
      base: { "content/posts/acme/sale.md": postFor("acme") },
      clients: ["acme", "northwind"],
      reads: ["content/posts/acme/sale.md"],
    },
    {
      name: "a removed post: its folder's client and the client it had at the base",
      deleted: [change("posts/northwind/old.md", "removed")],
      base: { "content/posts/northwind/old.md": postFor("bakery") },
      clients: ["bakery", "northwind"],
      reads: ["content/posts/northwind/old.md"],
    },
    {
      name: "a removed post outside every folder: the client it had at the base",
      deleted: [change("posts/old.md", "removed")],
      base: { "content/posts/old.md": postFor("acme") },
      clients: ["acme"],
      reads: ["content/posts/old.md"],
    },
    {
      name: "a removed post the base does not have (or cannot parse) adds no client",
      deleted: [change("posts/gone.md", "removed"), change("posts/broken.md", "removed")],
      base: { "content/posts/broken.md": "no front-matter here\n" },
      clients: [],
      reads: ["content/posts/gone.md", "content/posts/broken.md"],
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const { repo, reads } = baseRepo(c.base ?? {});
      const touched: TouchedFiles = { posts: c.posts ?? [], deleted: c.deleted ?? [], otherPaths: c.otherPaths ?? [] };
      expect(await clientsToApprove(config, touched, repo)).toEqual(c.clients);
      expect(reads).toEqual(c.reads);
    });
  }
});

describe("clientOf", () => {
  it("is the client as written, even when the rest of the front-matter is invalid", () => {
    expect(clientOf(parsePost("/repo/a.md", "a.md", "---\nclient: acme\nchannels: nope\n---\nText.\n").post)).toBe("acme");
    expect(clientOf(parsePost("/repo/a.md", "a.md", "---\nclient: [acme]\nchannels: [acme-bluesky]\n---\nText.\n").post)).toBeUndefined();
    expect(clientOf(parsePost("/repo/a.md", "a.md", "---\n---\nText.\n").post)).toBeUndefined();
    expect(clientOf(undefined)).toBeUndefined();
  });
});
