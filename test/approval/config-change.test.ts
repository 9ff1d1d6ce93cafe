import { describe, expect, it } from "vitest";
import { clientsForConfigChange, sameValue } from "../../src/approval/config-change.js";
import type { ConfigFile } from "../../src/generated/config.js";

const base = {
  posts: "posts/**/*.md",
  clients: {
    acme: {
      contact: "jane-acme",
      folders: ["posts/acme"],
      channels: { "acme-mastodon": { type: "mastodon", instance: "https://mastodon.social", account: "@acme", secret_env: "ACME" } },
    },
    northwind: { contact: "ola-northwind", channels: { "nw-discord": { type: "discord", secret_env: "NW_HOOK" } } },
  },
} as unknown as ConfigFile;

interface Client {
  contact: string;
  contact_id?: number;
  folders?: string[];
  channels: Record<string, Record<string, string>>;
}
/** The config as the tests edit it: entries looked up by id are there (the base has them). */
interface Editable {
  posts?: unknown;
  checks?: unknown;
  clients: Record<string, Client>;
}
const client = (c: Editable, id: string): Client => c.clients[id] as Client;
const mastodon = (c: Editable): Record<string, string> => client(c, "acme").channels["acme-mastodon"] as Record<string, string>;

const edit = (change: (config: Editable) => void): ConfigFile => {
  const copy = structuredClone(base) as unknown as Editable;
  change(copy);
  return copy as unknown as ConfigFile;
};

describe("clientsForConfigChange", () => {
  it("nothing but formatting or key order changed → nobody", () => {
    const reordered = edit((c) => {
      const { channels, ...rest } = client(c, "acme");
      c.clients.acme = { channels, ...rest };
    });
    expect(clientsForConfigChange(base, reordered)).toEqual([]);
  });

  it.each([
    ["the contact", (c: Editable) => (client(c, "acme").contact = "sam-fieldnote")],
    ["the contact_id", (c: Editable) => (client(c, "acme").contact_id = 7)],
    ["a channel's instance", (c: Editable) => (mastodon(c).instance = "https://evil.example")],
    ["a channel's secret name", (c: Editable) => (mastodon(c).secret_env = "OTHER")],
    ["the folders", (c: Editable) => (client(c, "acme").folders = ["posts"])],
    ["the client's removal", (c: Editable) => delete c.clients.acme],
  ])("%s of one client → that client only", (_, change) => {
    expect(clientsForConfigChange(base, edit(change))).toEqual(["acme"]);
  });

  it("a webhook channel added to another client → that client", () => {
    const head = edit((c) => (client(c, "northwind").channels.hook = { type: "webhook", secret_env: "HOOK" }));
    expect(clientsForConfigChange(base, head)).toEqual(["northwind"]);
  });

  it("the posts globs, another global setting, or no valid head config → every client", () => {
    expect(
      clientsForConfigChange(
        base,
        edit((c) => (c.posts = ["posts/**/*.md", "drafts/**/*.md"])),
      ),
    ).toEqual(["acme", "northwind"]);
    expect(
      clientsForConfigChange(
        base,
        edit((c) => (c.checks = { spelling: "off" })),
      ),
    ).toEqual(["acme", "northwind"]);
    expect(clientsForConfigChange(base, undefined)).toEqual(["acme", "northwind"]);
  });

  it("a client added by the pull request has no base contact to ask", () => {
    expect(
      clientsForConfigChange(
        base,
        edit((c) => (c.clients.globex = { contact: "gus", channels: {} })),
      ),
    ).toEqual([]);
  });

  it("sameValue compares structure, not identity", () => {
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameValue([], {})).toBe(false);
  });
});
