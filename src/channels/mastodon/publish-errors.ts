/**
 * What a failed `masto` call means for "exactly once": whether the instance certainly did nothing ("refused")
 * or may have applied a write ("unknown"), worded for a person, without the token.
 *
 * masto 7 reports failures in four shapes (read in its `http-native-impl.js`):
 * - `MastoHttpError` for a JSON error answer, with `statusCode` and the `Response` as `cause`;
 * - `MastoTimeoutError` when the client's `timeout` fired;
 * - a plain `TypeError` for a 5xx whose body is a proxy's HTML page (it destructures the `undefined` it decoded
 *   from the HTML), and for a connection that failed (`fetch failed`, with the network error as `cause`);
 * - `MastoUnexpectedError` / `MastoDeserializeError` for a body of another type or broken JSON.
 * Only the first carries a status code: every other shape after a write was sent is "unknown".
 */
import { MastoHttpError, MastoTimeoutError } from "masto";
import { oneLine } from "../../text/one-line.js";
import { PublishError } from "../publisher.js";

/** Network errors raised before a request could reach the instance: nothing can have been applied. */
const NOT_REACHED = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "ERR_INVALID_URL"]);

export interface CallContext {
  /** What was being done, e.g. "creating the status": the message starts with it. */
  doing: string;
  /** True for a write the instance may have applied before the answer was lost (create, edit, delete). */
  write: boolean;
  /** The environment variable holding the token, named (never its value) when the instance refuses it. */
  secretEnv: string;
}

/** A failure of `call` as a `PublishError` (a `PublishError` passes through unchanged). */
export function publishErrorOf(error: unknown, context: CallContext): PublishError {
  if (error instanceof PublishError) return error;
  const { doing, write } = context;
  const unsure: "refused" | "unknown" = write ? "unknown" : "refused";
  const mayHaveApplied = write ? " It may have been applied: do not repeat it blindly." : "";
  if (error instanceof MastoHttpError) {
    const status = error.statusCode;
    const said = describe(error);
    if (status === 429) {
      const retryAfter = retryAfterOf(error.cause);
      const wait = retryAfter === undefined ? "" : ` Try again in ${retryAfter} s.`;
      return new PublishError(`Mastodon is rate-limiting this account while ${doing} (429${said}).${wait}`, "refused", 429, retryAfter);
    }
    if (status === 401 || status === 403) {
      return new PublishError(
        `Mastodon refused the access token in ${context.secretEnv} while ${doing} (${status}${said}): check that it is valid and has the scopes write:statuses and write:media.`,
        "refused",
        status,
      );
    }
    if (status < 500) return new PublishError(`Mastodon refused ${doing} (${status}${said}).`, "refused", status);
    return new PublishError(`Mastodon failed while ${doing} (${status}${said}).${mayHaveApplied}`, unsure, status);
  }
  if (error instanceof MastoTimeoutError) {
    return new PublishError(`Mastodon did not answer in time while ${doing}.${mayHaveApplied}`, unsure);
  }
  const code = networkCode(error);
  if (code && NOT_REACHED.has(code)) {
    return new PublishError(`Could not reach the Mastodon instance while ${doing} (${code}).`, "refused");
  }
  const detail = code ?? (error instanceof Error ? shorten(error.message) : "no details");
  return new PublishError(
    `Mastodon's answer while ${doing} was not an API answer (a proxy's error page or a broken connection: ${detail}).${mayHaveApplied}`,
    unsure,
  );
}

/** Seconds to wait after a 429: `Retry-After` when a proxy sent it, else Mastodon's `X-RateLimit-Reset`. */
export function retryAfterOf(cause: unknown): number | undefined {
  if (!(cause instanceof Response)) return undefined;
  const headers = cause.headers;
  const retryAfter = headers.get("retry-after");
  if (retryAfter !== null) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return secondsUntil(at, headers);
  }
  // Mastodon's own 429 (rack-attack) sends no Retry-After, only the ISO 8601 time the window resets.
  const reset = Date.parse(headers.get("x-ratelimit-reset") ?? "");
  return Number.isNaN(reset) ? undefined : secondsUntil(reset, headers);
}

/** Measured against the answer's own `Date` so that a skewed local clock does not distort the wait. */
function secondsUntil(at: number, headers: Headers): number {
  const serverNow = Date.parse(headers.get("date") ?? "");
  const now = Number.isNaN(serverNow) ? Date.now() : serverNow;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

function describe(error: MastoHttpError): string {
  const text = [error.message, error.description].filter((part) => typeof part === "string" && part !== "").join(": ");
  return text === "" ? "" : `: ${shorten(text)}`;
}

function networkCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current instanceof Object && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function shorten(text: string): string {
  const line = oneLine(text).trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
