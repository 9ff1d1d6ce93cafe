import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLinkChecker } from "./check-links.js";

let server: Server;
let base: string;
const log: string[] = [];
/** Responses to /hang, held unanswered until the test lets them go: a timeout without racing a clock. */
const held: ServerResponse[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    log.push(`${req.method} ${req.url}`);
    if (req.url === "/ok") return res.writeHead(200).end("fine");
    if (req.url === "/no-head") return res.writeHead(req.method === "HEAD" ? 405 : 200).end();
    if (req.url === "/hang") return held.push(res);
    res.writeHead(404).end("gone");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe("createLinkChecker", () => {
  it("uses HEAD, falls back to GET, reports 404, and fetches each URL once", async () => {
    log.length = 0;
    // A timeout far beyond any answer of a loopback server, however loaded the machine: no request here may time out.
    const checker = createLinkChecker({ timeoutMs: 30_000, concurrency: 2 });
    const results = await Promise.all(["/ok", "/no-head", "/missing", "/ok"].map((p) => checker.check(`${base}${p}`)));
    expect(results).toEqual([
      { ok: true, status: 200 },
      { ok: true, status: 200 },
      { ok: false, status: 404, problem: "HTTP 404" },
      { ok: true, status: 200 },
    ]);
    expect(log.sort()).toEqual(["GET /missing", "GET /no-head", "HEAD /missing", "HEAD /no-head", "HEAD /ok"]);
  });

  it("reports a server that does not answer within the timeout", async () => {
    const checker = createLinkChecker({ timeoutMs: 100 });
    try {
      expect(await checker.check(`${base}/hang`)).toEqual({ ok: false, problem: "no answer within 0.1 s" });
    } finally {
      for (const res of held.splice(0)) res.destroy();
    }
  });

  it("reports a refused connection", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const checker = createLinkChecker({ timeoutMs: 1000 });
    expect(await checker.check(`http://127.0.0.1:${port}/`)).toEqual({ ok: false, problem: "cannot connect (ECONNREFUSED)" });
  });

  it("keeps at most `concurrency` requests in flight", async () => {
    let active = 0;
    let peak = 0;
    const fakeFetch = (async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 10));
      active--;
      return new Response(null, { status: 200 });
    }) as unknown as typeof fetch;
    const checker = createLinkChecker({ concurrency: 3, fetch: fakeFetch });
    await Promise.all(Array.from({ length: 10 }, (_, i) => checker.check(`https://a.example/${i}`)));
    expect(peak).toBe(3);
  });
});
