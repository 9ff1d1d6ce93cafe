/**
 * What the plain-`fetch` publishers (Discord webhooks, generic webhooks) share: one request with a timeout,
 * classified the way the ledger needs it, and errors that never carry the secret URL or key.
 *
 * A webhook URL *is* the credential, so every message built here goes through `scrub`, and a thrown error
 * never keeps the original error as `cause` (its text may hold the URL).
 */
import { PublishError, type PublisherOptions, type SecretSource } from "./publisher.js";

/** A response read to the end: status, headers and the body as text. */
export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
}

export interface Caller {
  /**
   * Send one request. Throws `PublishError` when no answer came: "unknown" for writes (the request may have
   * arrived), "refused" for reads (nothing can have been created). Any HTTP answer is returned, whatever its status.
   * `read` marks a POST that changes nothing (a webhook lookup); otherwise the method decides.
   */
  call(url: string, init: RequestInit & { method: string }, what: string, read?: boolean): Promise<CallResult>;
  /** Replace every secret this publisher knows by a placeholder. */
  scrub(text: string): string;
  /**
   * The PublishError for an answer that is not the expected one: 429 → "refused" with the wait; a 5xx to a
   * write → "unknown" (it may have been applied; never retried); anything else → "refused". `says` is the
   * platform's own words; `where` is what a person must check after an unknown outcome.
   */
  failure(result: CallResult, body: unknown, what: string, says: string, write: boolean, where: string): PublishError;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function createCaller(options: PublisherOptions, secrets: () => string[]): Caller {
  const doFetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const scrub = (text: string) => scrubSecrets(text, secrets());
  return {
    scrub,
    failure(result, body, what, says, write, where) {
      if (result.status === 429) {
        const wait = retryAfterSeconds(result.headers, body);
        const when = wait === undefined ? "later" : `in ${wait} s`;
        return new PublishError(scrub(`${what}: ${says} (rate limited); nothing was done; try again ${when}.`), "refused", 429, wait);
      }
      if (result.status >= 500 && write) {
        return new PublishError(
          scrub(`${what}: ${says}; it may have been applied: not retried; a person must check ${where}.`),
          "unknown",
          result.status,
        );
      }
      return new PublishError(scrub(`${what}: ${says}.`), "refused", result.status);
    },
    async call(url, init, what, read = false) {
      const write = !read && WRITES.has(init.method);
      let response: Response;
      try {
        response = await doFetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs), redirect: "error" });
      } catch (error) {
        throw new PublishError(scrub(noAnswer(error, what, timeoutMs, write)), write ? "unknown" : "refused");
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        // The status line arrived but the body broke off: for a 2xx write the platform applied it.
        throw new PublishError(scrub(noAnswer(error, what, timeoutMs, write)), write ? "unknown" : "refused", response.status);
      }
      return { status: response.status, headers: response.headers, text };
    },
  };
}

function noAnswer(error: unknown, what: string, timeoutMs: number, write: boolean): string {
  const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
  const reason = timedOut ? `no answer within ${timeoutMs / 1000} s` : `the connection failed (${describe(error)})`;
  const consequence = write
    ? "it may have been applied: it is not retried, and a person must check before anything is sent again"
    : "nothing was changed";
  return `${what}: ${reason}; ${consequence}.`;
}

/** The error's own words, and its cause's (undici puts the useful part there), for a person; scrubbed by the caller. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}

/** Replace each secret, and its URL-encoded and path-only forms, by "[secret]". */
export function scrubSecrets(text: string, secrets: string[]): string {
  let out = text;
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
    try {
      const url = new URL(secret);
      forms.add(url.pathname);
      for (const part of url.pathname.split("/")) if (part.length >= 16) forms.add(part);
      for (const value of url.searchParams.values()) if (value.length >= 8) forms.add(value);
    } catch {
      // Not a URL: the plain and encoded forms are enough.
    }
  }
  // Longest first, so a URL is replaced whole before its path or token would be.
  for (const form of [...forms].sort((a, b) => b.length - a.length)) out = out.split(form).join("[secret]");
  return out;
}

/** Read a secret by its environment variable's name; refuses (naming the variable, never a value) when empty. */
export function requireSecret(secrets: SecretSource, name: string | undefined, what: string): string {
  if (!name) throw new PublishError(`${what}: the channel names no environment variable for it in checkpost.yml.`, "refused");
  const value = secrets(name)?.trim();
  if (!value)
    throw new PublishError(
      `${what}: the environment variable ${name} is empty or not set; add it as a secret of the publishing step.`,
      "refused",
    );
  return value;
}

/**
 * Parse a secret URL: https, or http to a loopback address (tests' fakes). The message names the variable
 * and what is wrong, never the value.
 */
export function secretUrl(value: string, variable: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new PublishError(`${what}: ${variable} does not hold a URL.`, "refused");
  }
  const loopback = url.hostname === "127.0.0.1" || url.hostname === "localhost" || url.hostname === "[::1]";
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
    throw new PublishError(`${what}: the URL in ${variable} must start with https://.`, "refused");
  }
  return url;
}

/**
 * Seconds to wait after a 429: the JSON body's `retry_after` (Discord: seconds, a float) first, then the
 * `Retry-After` header (seconds, or an HTTP date).
 */
export function retryAfterSeconds(headers: Headers, body: unknown): number | undefined {
  if (body && typeof body === "object" && "retry_after" in body) {
    const value = Number((body as { retry_after: unknown }).retry_after);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const header = headers.get("retry-after");
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

/** JSON, or undefined when the body is empty or not JSON. */
export function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A random key in the UUID v4 layout (what receivers expect of an idempotency key): from the injected
 * randomness in tests, from the platform's cryptographic generator otherwise.
 */
export function randomKey(random?: () => number): string {
  if (!random) return globalThis.crypto.randomUUID();
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = "4";
  hex[16] = ((Number.parseInt(hex[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
  const s = hex.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
