import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { APPROVAL_CONTEXT } from "../../src/approval/approval-status.js";
import { parseChannel } from "../../src/cli/init-command.js";
import { CHANNEL_TYPES, INIT_PATHS, publishSecrets, publishWorkflow, reviewWorkflow } from "../../src/cli/init-files.js";
import { main } from "../../src/cli/main.js";
import { CHECK_RUN_NAME } from "../../src/pr/check-run.js";
import { REPO, runCli } from "../helpers/cli.js";

const EXAMPLE = path.join(REPO, "example-content");
const exampleFile = (name: string) => readFileSync(path.join(EXAMPLE, name), "utf8");

let root: string;
const read = (name: string) => readFileSync(path.join(root, name), "utf8");

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "checkpost-init-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const ACME = [
  "--client",
  "acme",
  "--name",
  "Acme Outdoor",
  "--contact",
  "@jane-acme",
  "--contact-id",
  "81234567",
  "--timezone",
  "Europe/Berlin",
  "--channel",
  "acme-bluesky:bluesky:handle=acmeoutdoor.bsky.social",
  "--channel",
  "acme-mastodon:mastodon:instance=https://mastodon.social:account=@acmeoutdoor:max_characters=500",
];
const NORTHWIND = [
  "--client",
  "northwind",
  "--contact",
  "ola-northwind",
  "--channel",
  "northwind-discord:discord:name=#announcements",
  "--channel",
  "northwind-linkedin:linkedin:author=urn:li:organization:90210",
];

describe("the workflows init writes are example-content's", () => {
  it("the review workflow is example-content/.github/workflows/checkpost.yml", () => {
    expect(reviewWorkflow()).toBe(exampleFile(".github/workflows/checkpost.yml"));
  });

  it("the publishing workflow for example-content's config is its checkpost-publish.yml (published channels' secrets only)", () => {
    const config = parse(exampleFile("checkpost.yml"));
    expect(publishSecrets(config)).not.toContain("ACME_LINKEDIN_TOKEN");
    expect(publishWorkflow({ secrets: publishSecrets(config) })).toBe(exampleFile(".github/workflows/checkpost-publish.yml"));
  });
  it("a publishing workflow without published channels is valid YAML with no env for the step", () => {
    const step = parse(publishWorkflow({ secrets: [] })).jobs.publish.steps[0];
    expect(step.uses).toBe("fieldnote/checkpost/publish@v1");
    expect(step.env).toBeUndefined();
    expect(parse(publishWorkflow({ secrets: ["A_TOKEN"], branch: "trunk" })).on.push.branches).toEqual(["trunk"]);
  });
});

describe("checkpost init", () => {
  it("writes a content repository that checkpost check passes at once, and says what is left to do on GitHub", async () => {
    const run = await runCli(["init", root, ...ACME, ...NORTHWIND]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    // The folder outside the working directory is named as it is, not as ../../tmp/…
    expect(run.stdout.split("\n")[0]).toBe(`Wrote in ${root}:`);
    for (const file of Object.values(INIT_PATHS)) expect(existsSync(path.join(root, file)), file).toBe(true);
    const config = parse(read("checkpost.yml"));
    expect(config.clients.acme).toMatchObject({
      name: "Acme Outdoor",
      contact: "jane-acme",
      contact_id: 81234567,
      folders: ["posts/acme", "media/acme"],
      publish_window: { timezone: "Europe/Berlin" },
      channels: {
        "acme-bluesky": { type: "bluesky", handle: "acmeoutdoor.bsky.social", secret_env: "ACME_BLUESKY_APP_PASSWORD" },
        "acme-mastodon": { instance: "https://mastodon.social", account: "@acmeoutdoor", max_characters: 500 },
      },
    });
    expect(read(INIT_PATHS.review)).toBe(reviewWorkflow());
    // LinkedIn is not published yet: its secret is named in the config and the to-do, not handed to the workflow.
    expect(read(INIT_PATHS.publish)).toContain(`NORTHWIND_DISCORD_WEBHOOK_URL: $\{{ secrets.NORTHWIND_DISCORD_WEBHOOK_URL }}`);
    expect(read(INIT_PATHS.publish)).not.toContain("NORTHWIND_LINKEDIN_TOKEN");
    expect(run.stdout).toContain("NORTHWIND_LINKEDIN_TOKEN  (northwind-linkedin, linkedin: not published by checkpost yet)");
    expect(run.stdout).toContain(`"${CHECK_RUN_NAME}" and "${APPROVAL_CONTEXT}"`);
    expect(run.stdout).toContain("@jane-acme  (Acme Outdoor)\n     @ola-northwind  (northwind)");
    expect(run.stdout).toContain("clients.northwind.contact_id for @ola-northwind");

    const check = await runCli(["check"], { cwd: root });
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("0 posts checked, 0 errors, 1 warning");
  });

  it("refuses to overwrite, naming the files, unless --force", async () => {
    writeFileSync(path.join(root, "checkpost.yml"), "mine\n");
    expect(await runCli(["init", root, ...ACME])).toEqual({
      code: 2,
      stdout: "",
      stderr: `checkpost: checkpost.yml already exists in ${root}; pass --force to overwrite\n`,
    });
    expect(read("checkpost.yml")).toBe("mine\n");
    expect(existsSync(path.join(root, INIT_PATHS.review))).toBe(false);
    expect(await runCli(["init", root, ...ACME, "--force"])).toMatchObject({ code: 0 });
    expect(read("checkpost.yml")).toContain("acme-bluesky:");
  });

  it("writes nothing for settings the config schema refuses, and says which", async () => {
    const run = await runCli([
      "init",
      root,
      "--client",
      "acme",
      "--contact",
      "jane",
      "--channel",
      "a-m:mastodon:instance=ftp://x:account=@a",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('clients.acme.channels.a-m.instance: "ftp://x" is not valid; expected an http(s) URL');
    expect(existsSync(path.join(root, "checkpost.yml"))).toBe(false);
  });

  it("explains a flag it cannot use", async () => {
    const fails = async (...args: string[]) => (await runCli(["init", root, ...args])).stderr;
    expect(await fails()).toMatch(/init needs at least one client: --client ID --contact LOGIN/);
    expect(await fails("--contact", "jane")).toBe("checkpost: --contact belongs to a client: put --client ID before it\n");
    expect(await fails("--client", "acme", "--channel", "a-b:bluesky:handle=a.bsky.social")).toMatch(/client "acme" needs --contact LOGIN/);
    expect(await fails("--client", "acme", "--contact", "jane")).toMatch(/client "acme" needs at least one --channel/);
    expect(await fails("--client", "acme", "--contact", "jane", "--contact-id", "x1")).toMatch(
      /--contact-id "x1": expected the contact's numeric/,
    );
  });

  it("reads a channel as ID:TYPE[:KEY=VALUE…], typed by the config schema, with a default secret name", () => {
    expect(parseChannel("n-hook:webhook:max_length=5000:signing_secret_env=N_KEY")).toEqual({
      id: "n-hook",
      type: "webhook",
      fields: { max_length: 5000, signing_secret_env: "N_KEY", secret_env: "N_HOOK_WEBHOOK" },
    });
    expect(parseChannel("d:discord:allow_mentions=true").fields.allow_mentions).toBe(true);
    expect(() => parseChannel("a-b")).toThrow('--channel "a-b": expected ID:TYPE[:KEY=VALUE…]');
    expect(() => parseChannel("a-b:myspace")).toThrow(
      'unknown type "myspace"; expected one of bluesky, mastodon, linkedin, discord, webhook, x',
    );
    expect(() => parseChannel("a-b:bluesky:handel=a")).toThrow(
      'a bluesky channel has no "handel"; expected name, handle, service, secret_env',
    );
    expect(() => parseChannel("a-b:linkedin")).toThrow("a linkedin channel needs author=… (The page or member URN");
  });

  it("the help names every channel type", async () => {
    const help = (await runCli(["--help"])).stdout.replace(/\s+/g, " ");
    expect(help).toContain(`(${CHANNEL_TYPES.join(", ")})`);
  });

  it("--hook installs an executable pre-commit hook running check --changed, in a git repository only", async () => {
    expect((await runCli(["init", root, ...ACME, "--hook"])).stderr).toMatch(
      /--hook installs a git pre-commit hook, but .* is not a git repository/,
    );
    expect(existsSync(path.join(root, "checkpost.yml"))).toBe(false);
    execFileSync("git", ["init", "-q", root]);
    expect(await runCli(["init", root, ...ACME, "--hook"])).toMatchObject({ code: 0 });
    const hook = path.join(root, ".git/hooks/pre-commit");
    expect(readFileSync(hook, "utf8")).toContain('exec "$bin" check --changed');
    expect(statSync(hook).mode & 0o111).toBe(0o111);
  });

  it("asks on a terminal when no client is given, and writes what was answered", async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    // A bad channel is explained and asked again; the empty answers take the defaults or end the lists.
    stdin.end(
      ["acme", "Acme Outdoor", "jane-acme", "", "none", "acme-bsky:bluesky", "acme-bsky:bluesky:handle=acme.bsky.social", "", ""].join(
        "\n",
      ) + "\n",
    );
    let stdout = "";
    let stderr = "";
    const code = await main(["init", root], {
      stdin,
      stdout: { write: (text: string) => (stdout += text), isTTY: true },
      stderr: { write: (text: string) => (stderr += text) },
      cwd: () => root,
      env: {},
    });
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toContain('--channel "acme-bsky:bluesky": a bluesky channel needs handle=…');
    const config = parse(read("checkpost.yml"));
    expect(config.clients).toEqual({
      acme: {
        name: "Acme Outdoor",
        contact: "jane-acme",
        folders: ["posts/acme", "media/acme"],
        channels: { "acme-bsky": { type: "bluesky", handle: "acme.bsky.social", secret_env: "ACME_BSKY_APP_PASSWORD" } },
      },
    });
  });

  it("does not ask with --yes, or when the input is not a terminal", async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const io = { stdin, stdout: { write: () => true, isTTY: true }, stderr: { write: () => true }, cwd: () => root, env: {} };
    expect(await main(["init", root, "--yes"], io)).toBe(2);
    expect(await main(["init", root], { ...io, stdin: Object.assign(new PassThrough(), { isTTY: false }) })).toBe(2);
  });
});
