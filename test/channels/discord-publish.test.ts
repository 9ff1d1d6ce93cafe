import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDiscordPublisher } from "../../src/channels/discord/publish.js";
import type { PublisherOptions } from "../../src/channels/publisher.js";
import type { DiscordChannel } from "../../src/generated/config.js";
import { type DiscordFake, startDiscordFake } from "../fakes/discord/server.js";
import { image, input, publishError, visible } from "./publish-helpers.js";

// The Discord webhook publisher against a loopback Discord fake: every test asserts what the fake holds afterwards.
const GUILD = "1100000000000000001";
const CHANNEL = "1200000000000000002";

let discord: DiscordFake;
/** Everything a publisher said in a test (errors, results): none of it may contain the webhook URL or token. */
let seen: string[];

beforeEach(async () => {
  discord = await startDiscordFake({ guildId: GUILD, channelId: CHANNEL });
  seen = [];
});
afterEach(async () => {
  expect(discord.violations).toEqual([]);
  for (const text of seen) {
    expect(text).not.toContain(discord.token);
    expect(text).not.toContain(discord.webhookUrl);
  }
  await discord.close();
});

function publisher(settings: Partial<DiscordChannel> = {}, options: Partial<PublisherOptions> = {}) {
  const env: Record<string, string> = { DISCORD_ACME: discord.webhookUrl };
  return createDiscordPublisher(
    { type: "discord", name: "#news", secret_env: "DISCORD_ACME", ...settings },
    { secrets: (name) => env[name], timeoutMs: 2_000, ...options },
  );
}

async function failing(promise: Promise<unknown>) {
  const error = await publishError(promise);
  seen.push(visible(error));
  return error;
}

const twoImages = [image("shoes.png", 1, "Red running shoes on a wet track."), image("laces.png", 2, "Close-up of the laces.")];

describe("createDiscordPublisher: publish", () => {
  it("posts one message with both images and their descriptions, pings nobody by default, and links to the message", async () => {
    const pub = publisher();
    const published = await pub.publish(input({ text: "New season! @everyone come and see <@&123456789012345678>", media: twoImages }));
    seen.push(visible(published));

    expect(discord.messages.size).toBe(1);
    const message = [...discord.messages.values()][0];
    expect(message?.content).toBe("New season! @everyone come and see <@&123456789012345678>");
    expect(message?.allowed_mentions).toEqual({ parse: [] });
    expect(message?.mention_everyone).toBe(false);
    expect(message?.attachments.map((a) => [a.filename, a.description, a.content_type, [...a.bytes]])).toEqual([
      ["shoes.png", "Red running shoes on a wet track.", "image/png", [...(twoImages[0]?.bytes ?? [])]],
      ["laces.png", "Close-up of the laces.", "image/png", [...(twoImages[1]?.bytes ?? [])]],
    ]);
    expect(published.id).toBe(message?.id);
    expect(published.url).toBe(`https://discord.com/channels/${GUILD}/${CHANNEL}/${message?.id}`);
    expect(published.refs).toMatchObject({ webhook_id: discord.webhookId, channel_id: CHANNEL, guild_id: GUILD });
    const [execute] = discord.calls("execute");
    expect(execute?.path).toBe(`/api/webhooks/${discord.webhookId}/${discord.token}`);
    expect(execute?.query.get("wait")).toBe("true");
    expect(discord.calls("execute")).toHaveLength(1);
  });

  it("sends text alone as JSON, with ?wait=true so Discord answers the message id", async () => {
    const published = await publisher().publish(input());
    const [execute] = discord.calls("execute");
    expect(execute?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(execute?.raw.toString() ?? "")).toEqual({
      content: "Our spring collection is here.",
      allowed_mentions: { parse: [] },
    });
    expect(discord.messages.get(published.id)?.content).toBe("Our spring collection is here.");
  });

  it("keeps a thread_id from the webhook URL on every message call, and leaves it off the webhook read", async () => {
    const pub = publisher({}, { secrets: () => `${discord.webhookUrl}?thread_id=1300000000000000777` });
    const published = await pub.publish(input());
    await pub.remove(published);
    expect(discord.requests.map((r) => [r.operation, r.query.get("thread_id")])).toEqual([
      ["execute", "1300000000000000777"],
      ["get-webhook", null],
      ["delete", "1300000000000000777"],
    ]);
  });

  it("lets @everyone ping only when the channel sets allow_mentions", async () => {
    await publisher({ allow_mentions: true }).publish(input({ text: "Doors open now, @everyone!" }));
    const message = [...discord.messages.values()][0];
    expect(message?.allowed_mentions).toEqual({ parse: ["users", "roles", "everyone"] });
    expect(message?.mention_everyone).toBe(true);
  });

  it("a 502 after Discord posted: PublishError unknown, no retry, and resolve says a person must look; the channel holds exactly one message", async () => {
    discord.fail("execute", { kind: "error-after-apply", status: 502 });
    const pub = publisher();
    const error = await failing(pub.publish(input({ media: twoImages })));
    expect(error.outcome).toBe("unknown");
    expect(error.status).toBe(502);
    expect(error.message).toMatch(/may have been applied: not retried; a person must check the Discord channel/);
    expect(await pub.resolve(input())).toEqual({
      state: "unknown",
      reason: "Discord webhooks cannot list messages: a person must check the channel and resolve it",
    });
    expect(discord.messages.size).toBe(1);
    expect(discord.calls("execute")).toHaveLength(1);
  });

  it("a timeout after Discord posted is unknown too, and is not retried", async () => {
    discord.fail("execute", { kind: "hang-after-apply" });
    const error = await failing(publisher({}, { timeoutMs: 300 }).publish(input()));
    expect(error.outcome).toBe("unknown");
    expect(error.message).toMatch(/no answer within 0.3 s/);
    expect(discord.messages.size).toBe(1);
    expect(discord.calls("execute")).toHaveLength(1);
  });

  it("a 429 is refused with Discord's retry_after in seconds (a float), and nothing is posted", async () => {
    discord.fail("execute", { kind: "rate-limit", retryAfter: 1.337 });
    const error = await failing(publisher().publish(input()));
    expect(error.outcome).toBe("refused");
    expect(error.status).toBe(429);
    expect(error.retryAfter).toBe(1.337);
    expect(discord.messages.size).toBe(0);
  });

  it("a 4xx is refused with Discord's own words", async () => {
    discord.fail("execute", { kind: "error", status: 403, body: { message: "Missing Permissions", code: 50013 } });
    const error = await failing(publisher().publish(input()));
    expect(error.outcome).toBe("refused");
    expect(error.message).toContain("Discord answered 403 Missing Permissions (code 50013)");
    expect(discord.messages.size).toBe(0);
  });

  it("refuses, before sending anything, what Discord would refuse: text over 2000, more than 10 files, alt text over 1024", async () => {
    const pub = publisher();
    expect((await failing(pub.publish(input({ text: "x".repeat(2001) })))).message).toMatch(/2001 characters; .* at most 2000/);
    const eleven = Array.from({ length: 11 }, (_, i) => image(`p${i}.png`, i, "alt"));
    expect((await failing(pub.publish(input({ media: eleven })))).message).toMatch(/11 files/);
    const longAlt = [image("long.png", 1, "a".repeat(1025))];
    expect((await failing(pub.publish(input({ media: longAlt })))).message).toMatch(/alt text of media\/long.png is 1025 characters/);
    expect(discord.requests).toHaveLength(0);
  });
});

describe("createDiscordPublisher: the secret", () => {
  it("refuses without the variable, naming it", async () => {
    const pub = createDiscordPublisher({ type: "discord", secret_env: "DISCORD_MISSING" }, { secrets: () => undefined });
    const error = await failing(pub.publish(input()));
    expect(error.outcome).toBe("refused");
    expect(error.message).toContain("DISCORD_MISSING");
    expect((await failing(pub.verifyAccount())).message).toContain("DISCORD_MISSING");
  });

  it("refuses a value that is not a Discord webhook URL, naming the variable and never echoing the value", async () => {
    for (const value of [
      `${discord.url}/hooks/${discord.token}`,
      `http://example.com/api/webhooks/${discord.webhookId}/${discord.token}`,
      discord.token,
    ]) {
      const pub = createDiscordPublisher({ type: "discord", secret_env: "DISCORD_ACME" }, { secrets: () => value });
      const error = await failing(pub.publish(input()));
      expect(error.outcome).toBe("refused");
      expect(error.message).toContain("DISCORD_ACME");
      expect(error.message).not.toContain(value);
    }
    expect(discord.requests).toHaveLength(0);
  });

  it("never repeats the URL even when the connection error names it", async () => {
    const leaky: typeof fetch = async (url) => {
      throw new TypeError(`fetch failed`, { cause: new Error(`connect ECONNREFUSED while requesting ${String(url)}`) });
    };
    const error = await failing(publisher({}, { fetch: leaky }).publish(input()));
    expect(error.outcome).toBe("unknown");
    expect(error.message).toContain("[secret]");
    expect(error.cause).toBeUndefined();
  });
});

describe("createDiscordPublisher: verifyAccount", () => {
  it("accepts the webhook of the configured server and channel", async () => {
    const check = await publisher({ guild_id: GUILD, channel_id: CHANNEL }).verifyAccount();
    seen.push(visible(check));
    expect(check).toEqual({
      ok: true,
      expected: `server ${GUILD}, channel ${CHANNEL}`,
      actual: `webhook "checkpost" ${discord.webhookId} in server ${GUILD}, channel ${CHANNEL}`,
    });
  });

  it("refuses a webhook of another server or channel", async () => {
    const otherGuild = await publisher({ guild_id: "1100000000000000099" }).verifyAccount();
    const otherChannel = await publisher({ guild_id: GUILD, channel_id: "1200000000000000099" }).verifyAccount();
    seen.push(visible(otherGuild), visible(otherChannel));
    expect(otherGuild.ok).toBe(false);
    expect(otherGuild.actual).toContain(`server ${GUILD}`);
    expect(otherChannel.ok).toBe(false);
  });

  it("is ok but says 'not pinned' when the config names no server or channel", async () => {
    const check = await publisher().verifyAccount();
    expect(check.ok).toBe(true);
    expect(check.expected).toMatch(/not pinned/);
  });

  it("is not ok when the webhook was deleted or the token is wrong", async () => {
    const wrongToken = discord.webhookUrl.replace(discord.token, `${discord.token.slice(0, -4)}zzzz`);
    const pub = createDiscordPublisher({ type: "discord", secret_env: "DISCORD_ACME" }, { secrets: () => wrongToken });
    const check = await pub.verifyAccount();
    seen.push(visible(check));
    expect(check.ok).toBe(false);
    expect(check.actual).toContain("Invalid Webhook Token");
    expect(visible(check)).not.toContain(wrongToken.split("/").pop());
  });
});

describe("createDiscordPublisher: remove and edit", () => {
  it("removes a message, then reports it already gone", async () => {
    const pub = publisher();
    const published = await pub.publish(input({ media: twoImages }));
    expect(await pub.remove(published)).toBe("removed");
    expect(discord.messages.size).toBe(0);
    expect(await pub.remove(published)).toBe("already-gone");
    expect(discord.calls("delete").map((r) => r.status)).toEqual([204, 404]);
  });

  it("does not take 'Unknown Webhook' for a message already gone", async () => {
    const pub = publisher();
    const published = await pub.publish(input());
    discord.fail("delete", { kind: "error", status: 404, body: { message: "Unknown Webhook", code: 10015 } });
    const error = await failing(pub.remove(published));
    expect(error.outcome).toBe("refused");
    expect(error.message).toMatch(/no longer exists.*by hand/);
    expect(discord.messages.size).toBe(1);
  });

  it("refuses to remove a message another webhook posted, instead of reading Discord's 404 as gone", async () => {
    const pub = publisher();
    const published = await pub.publish(input());
    const error = await failing(pub.remove({ ...published, refs: { ...published.refs, webhook_id: "1250000000000000999" } }));
    expect(error.outcome).toBe("refused");
    expect(discord.calls("delete")).toHaveLength(0);
    expect(discord.messages.size).toBe(1);
  });

  it("a 5xx on delete is unknown: the message may be gone or not", async () => {
    const pub = publisher();
    const published = await pub.publish(input());
    discord.fail("delete", { kind: "error-after-apply", status: 503 });
    expect((await failing(pub.remove(published))).outcome).toBe("unknown");
  });

  it("edits the text and keeps the attachments; new media replace them", async () => {
    const pub = publisher();
    const published = await pub.publish(input({ media: twoImages }));
    const before = discord.messages.get(published.id)?.attachments.map((a) => a.id);

    const edited = await pub.edit?.(published, input({ text: "Spring collection: now with laces.", media: twoImages }));
    const message = discord.messages.get(published.id);
    expect(edited?.id).toBe(published.id);
    expect(message?.content).toBe("Spring collection: now with laces.");
    expect(message?.attachments.map((a) => a.id)).toEqual(before);
    expect(JSON.parse(discord.calls("edit")[0]?.raw.toString() ?? "")).not.toHaveProperty("attachments");

    const replaced = [image("boots.png", 9, "Hiking boots.")];
    const again = await pub.edit?.(edited ?? published, input({ text: "Boots instead.", media: replaced }));
    const after = discord.messages.get(published.id);
    expect(after?.attachments.map((a) => [a.filename, a.description])).toEqual([["boots.png", "Hiking boots."]]);
    expect(again?.refs?.attachment_ids).toBe(after?.attachments[0]?.id);
    expect(discord.messages.size).toBe(1);
  });
});

describe("the Discord fake", () => {
  it("honours wait: without it the message is posted and the answer is 204 with no id", async () => {
    const response = await fetch(discord.webhookUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ content: "no wait" }),
    });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
    expect([...discord.messages.values()].map((m) => m.content)).toEqual(["no wait"]);
  });

  it("answers 400 Invalid Form Body to what Discord documents as invalid, and records it", async () => {
    const response = await fetch(`${discord.webhookUrl}?wait=true`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ content: "x", allowed_mentions: { parse: ["everybody"] } }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 50035 });
    expect(discord.violations).toHaveLength(1);
    discord.violations.length = 0;
  });
});
