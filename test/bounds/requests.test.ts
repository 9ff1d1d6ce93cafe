import { describe, expect, it } from "vitest";
import { resolveConfigText } from "../../src/check/load-config.js";
import { MAX_DICTIONARY_FILES } from "../../src/config/load-config.js";
import { reviewPullRequest } from "../../src/pr/review-pull-request.js";
import { FakeApi } from "../pr/fake-api.js";

const BASE = "b".repeat(40);
const HEAD = "c".repeat(40);
/** The most media a post may have: LinkedIn's multi-image post, the largest of any platform. */
const MAX_MEDIA = 20;
/** The most dictionary files one dictionary may list. */
const MAX_FILES_PER_DICTIONARY = 10;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

const list = (names: string[]) => `[${names.join(", ")}]`;
const files = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `words/${prefix}-${i}.txt`);

/** A config naming as many dictionary files as it may: a full list globally and for each of two clients. */
function config(globalFiles: string[], clientFiles: string[]) {
  return `posts: posts/**/*.md
dictionary:
  file: ${list(globalFiles)}
clients:
  acme:
    contact: jane-acme
    folders: [posts/acme, media/acme]
    dictionary:
      file: ${list(clientFiles)}
    channels:
      acme-linkedin: { type: linkedin, author: "urn:li:organization:1", secret_env: ACME_LINKEDIN }
  northwind:
    contact: ola-northwind
    dictionary:
      file: ${list(clientFiles)}
    channels:
      northwind-bluesky: { type: bluesky, handle: northwind.bsky.social, secret_env: NORTHWIND_BLUESKY }
`;
}

function pullRequest() {
  const api = new FakeApi({
    number: 7,
    title: "Winter sale",
    state: "open",
    draft: false,
    user: { login: "sam-writer", id: 1 },
    head: { sha: HEAD, ref: "sale", repoFullName: "o/r" },
    base: { sha: BASE, ref: "main", repoFullName: "o/r" },
  });
  api.users.set("jane-acme", 10);
  api.users.set("ola-northwind", 11);
  return api;
}

const post = (media: number) =>
  `---\nclient: acme\nchannels: [acme-linkedin]\nmedia:\n${Array.from({ length: media }, (_, i) => `  - file: media/acme/${i}.png\n    alt: Tent ${i}\n`).join("")}---\nWinter sale.\n`;

/** Requests by kind: "getFileBytes words/…@…" counts as getFileBytes. */
function byKind(calls: string[]): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const call of calls) {
    const kind = call.split(" ")[0] as string;
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  return kinds;
}

describe("the API requests of one pull-request event", () => {
  it("stay bounded for the most a config and a post may hold, the config changed too", async () => {
    const api = pullRequest();
    const globalFiles = files("global", MAX_FILES_PER_DICTIONARY);
    const clientFiles = files("client", MAX_FILES_PER_DICTIONARY);
    for (const sha of [BASE, HEAD]) {
      api.contents.set(`checkpost.yml@${sha}`, config(globalFiles, clientFiles));
      for (const file of [...globalFiles, ...clientFiles]) api.contents.set(`${file}@${sha}`, "Acme\n");
    }
    api.files.push({ filename: "checkpost.yml", status: "modified" }, { filename: "posts/acme/sale.md", status: "added" });
    api.contents.set(`posts/acme/sale.md@${HEAD}`, post(MAX_MEDIA));
    for (let i = 0; i < MAX_MEDIA; i++) api.contents.set(`media/acme/${i}.png@${HEAD}`, PNG);

    const outcome = await reviewPullRequest({
      api,
      prNumber: 7,
      configPath: "checkpost.yml",
      workspace: "/ws",
      now: new Date("2026-11-20T12:00:00Z"),
    });

    expect(outcome.report.files.map((f) => f.path)).toEqual(["posts/acme/sale.md"]);
    const kinds = byKind(api.calls);
    // Each distinct dictionary file once per config read (the two clients share theirs), each media file once.
    expect(kinds.getFileBytes).toBe(2 * (1 + 2 * MAX_FILES_PER_DICTIONARY) + 1);
    expect(kinds.getPathInfo).toBe(MAX_MEDIA);
    // Reads above, plus the pull request, its files, the contacts, reviews and the three writes with their look-ups.
    expect(api.calls.length).toBeLessThanOrEqual(2 * (1 + MAX_DICTIONARY_FILES) + 1 + MAX_MEDIA + 15);
  });

  it("refuse a config of 3,000 dictionary files and a post of 2,000 media before reading any of them", async () => {
    const api = pullRequest();
    api.contents.set(`checkpost.yml@${BASE}`, config(files("global", 2), files("client", 2)));
    for (const file of [...files("global", 2), ...files("client", 2)]) api.contents.set(`${file}@${BASE}`, "Acme\n");
    api.contents.set(`checkpost.yml@${HEAD}`, config(files("global", 3000), files("client", 2)));
    api.files.push({ filename: "checkpost.yml", status: "modified" }, { filename: "posts/acme/sale.md", status: "added" });
    api.contents.set(`posts/acme/sale.md@${HEAD}`, post(2000));

    const outcome = await reviewPullRequest({
      api,
      prNumber: 7,
      configPath: "checkpost.yml",
      workspace: "/ws",
      now: new Date("2026-11-20T12:00:00Z"),
    });

    const messages = outcome.report.files.flatMap((f) => f.messages.map((m) => m.message));
    expect(messages).toContain("dictionary.file: expected at most 10 items; got 3000");
    expect(messages).toContain("media: expected at most 20 items; got 2000");
    const kinds = byKind(api.calls);
    expect(kinds.getPathInfo).toBeUndefined();
    // Two configs, the base one's four word files, the post.
    expect(kinds.getFileBytes).toBe(2 + 4 + 1);
    expect(api.calls.length).toBeLessThanOrEqual(25);
  });
});

describe("dictionary files", () => {
  it("are read once however many clients name them, and at most 20 distinct ones per config", async () => {
    const reads: string[] = [];
    const read = async (file: string) => {
      reads.push(file);
      return "Acme\n";
    };
    // Northwind names its own file besides acme's ten and the ten global ones: the 21st.
    const base = config(files("global", 10), files("client", 10));
    const northwind = base.lastIndexOf("file: [");
    const text = `${base.slice(0, northwind)}file: [words/one-too-many.txt]\n${base.slice(base.indexOf("\n", northwind) + 1)}`;
    const { config: resolved, messages } = await resolveConfigText("/content/checkpost.yml", text, read);
    expect(resolved).toBeUndefined();
    expect(messages.map((m) => m.message)).toEqual([
      `clients.northwind.dictionary.file[0]: dictionary file "words/one-too-many.txt" is one too many: a config reads at most ${MAX_DICTIONARY_FILES} dictionary files in all (each costs a request on every pull request); merge word lists`,
    ]);
    expect(reads).toHaveLength(MAX_DICTIONARY_FILES);
    expect(new Set(reads).size).toBe(MAX_DICTIONARY_FILES);
  });
});
