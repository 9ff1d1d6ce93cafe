/**
 * What the Discord and generic-webhook fakes share: a real node:http server on 127.0.0.1:0, a request log,
 * and fault injection at the points where publishing goes wrong in real life:
 * - `error-after-apply`: the write happens, then a 5xx answers (the "did it post?" case);
 * - `hang-after-apply`: the write happens, then no answer ever comes (the client's timeout fires);
 * - `rate-limit`: 429 before anything happens, with a `retry-after` the client must report;
 * - `error`: any status before anything happens.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  raw: Buffer;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Fault =
  | { kind: "error-after-apply"; status: number }
  | { kind: "hang-after-apply" }
  | { kind: "rate-limit"; retryAfter: number }
  | { kind: "error"; status: number; body?: unknown };

export interface LoggedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** The fake's name for the operation, e.g. "execute", "delete". */
  operation: string;
  status: number | "no answer";
  fault?: Fault["kind"];
  /** The body as received, for checks such as signature verification. */
  raw: Buffer;
  headers: IncomingMessage["headers"];
}

export interface Route {
  operation: string;
  handle(request: FakeRequest): Promise<Reply> | Reply;
}

export class HttpFake {
  readonly requests: LoggedRequest[] = [];
  url = "";
  private readonly faults: { operation: string; fault: Fault; times: number }[] = [];
  private readonly server = createServer((req, res) => {
    void this.serve(req, res);
  });

  constructor(
    private readonly route: (method: string, path: string) => Route | undefined,
    /** How the fake's 429 looks: Discord sends JSON with `retry_after` too. */
    private readonly rateLimitBody: (retryAfter: number) => unknown,
  ) {}

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** The next `times` requests of `operation` meet `fault`. */
  fail(operation: string, fault: Fault, times = 1): void {
    this.faults.push({ operation, fault, times });
  }

  /** Requests of one operation that reached the fake (faulted or not). */
  calls(operation: string): LoggedRequest[] {
    return this.requests.filter((r) => r.operation === operation);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private takeFault(operation: string): Fault | undefined {
    const index = this.faults.findIndex((f) => f.operation === operation);
    const entry = this.faults[index];
    if (!entry) return undefined;
    entry.times -= 1;
    if (entry.times <= 0) this.faults.splice(index, 1);
    return entry.fault;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", this.url);
    const request: FakeRequest = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      raw: Buffer.concat(chunks),
    };
    const route = this.route(request.method, request.path);
    const operation = route?.operation ?? "unknown-route";
    const log: LoggedRequest = {
      method: request.method,
      path: request.path,
      query: url.searchParams,
      operation,
      status: 0,
      raw: request.raw,
      headers: req.headers,
    };
    this.requests.push(log);
    const fault = route ? this.takeFault(operation) : undefined;
    if (fault) log.fault = fault.kind;
    let reply: Reply;
    if (!route) reply = { status: 404, body: { message: "404: Not Found", code: 0 } };
    else if (fault?.kind === "rate-limit") {
      reply = {
        status: 429,
        body: this.rateLimitBody(fault.retryAfter),
        headers: { "Retry-After": String(Math.ceil(fault.retryAfter)), "X-RateLimit-Scope": "shared" },
      };
    } else if (fault?.kind === "error") reply = { status: fault.status, body: fault.body ?? { message: "fault injected" } };
    else {
      reply = await route.handle(request);
      if (fault?.kind === "hang-after-apply") {
        log.status = "no answer";
        return; // applied; the socket stays open until the client gives up or the fake closes
      }
      if (fault?.kind === "error-after-apply") reply = { status: fault.status, body: "<html><body>502 Bad Gateway</body></html>" };
    }
    log.status = reply.status;
    const headers: Record<string, string> = { ...reply.headers };
    let payload = "";
    if (reply.body !== undefined) {
      const text = typeof reply.body === "string";
      payload = text ? (reply.body as string) : JSON.stringify(reply.body);
      headers["Content-Type"] = text ? "text/html" : "application/json";
    }
    res.writeHead(reply.status, headers);
    res.end(reply.status === 204 ? undefined : payload);
  }
}
