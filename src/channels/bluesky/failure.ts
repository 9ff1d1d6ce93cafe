/**
 * Turns what `@atproto/api` throws into a `PublishError` a person can act on, with the one distinction the
 * ledger needs: could the call have changed anything? A write that got no clear answer (a 5xx, a timeout,
 * a dropped connection, an answer the client could not read) may have been applied: "unknown", never retried
 * by us. A 4xx, a 429, or any failure of a call that writes nothing: "refused", safe to run again.
 */
import { XRPCError } from "@atproto/api";
import { PublishError } from "../publisher.js";

/** `@atproto/xrpc`'s ResponseType for "no HTTP answer" (network error, abort) and "unreadable answer". */
const NO_ANSWER = 1;
const INVALID_ANSWER = 2;

export interface FailureContext {
  /** What was being done, e.g. "creating the post". */
  action: string;
  /** Whether the call writes: only then can a failure leave the outcome unknown. */
  writes: boolean;
  /** e.g. "Bluesky @acme.bsky.social". */
  channel: string;
  timeoutMs: number;
  /** Removed from every message, whatever the server echoed. */
  secret?: string;
}

export function toPublishError(err: unknown, context: FailureContext): PublishError {
  if (err instanceof PublishError) return err;
  const { status, detail, retryAfter } = describe(err, context.timeoutMs);
  const mayHaveApplied = context.writes && (status === NO_ANSWER || status === INVALID_ANSWER || status >= 500);
  let message = `${context.channel}: ${context.action} failed: ${detail}.`;
  if (status === 429) {
    message += retryAfter === undefined ? " Rate limited: try again later." : ` Rate limited: try again in ${retryAfter} s.`;
  } else if (mayHaveApplied) {
    message += " It may have been applied: look it up before doing it again.";
  }
  const httpStatus = status >= 100 ? status : undefined;
  return new PublishError(scrub(message, context.secret), mayHaveApplied ? "unknown" : "refused", httpStatus, retryAfter);
}

function describe(err: unknown, timeoutMs: number): { status: number; detail: string; retryAfter?: number } {
  if (!(err instanceof XRPCError)) {
    return { status: NO_ANSWER, detail: err instanceof Error ? err.message : String(err) };
  }
  if (err.status === NO_ANSWER) {
    return { status: NO_ANSWER, detail: timedOut(err) ? `no answer within ${timeoutMs / 1000} s` : `no answer (${err.message})` };
  }
  if (err.status === INVALID_ANSWER) return { status: INVALID_ANSWER, detail: `the answer did not match the lexicon (${err.message})` };
  const detail = `${err.status} ${err.error}${err.message && err.message !== err.error ? ` (${err.message})` : ""}`;
  return { status: err.status, detail, retryAfter: err.status === 429 ? retryAfterSeconds(err.headers ?? {}) : undefined };
}

/** fetch rejects with the abort reason (a TimeoutError from AbortSignal.timeout); XRPCError wraps it. */
function timedOut(err: Error): boolean {
  let cause: unknown = err.cause;
  for (let depth = 0; depth < 4 && cause instanceof Error; depth++, cause = cause.cause) {
    if (cause.name === "TimeoutError") return true;
  }
  return false;
}

/** `retry-after` (seconds or an HTTP date), else the PDS's `ratelimit-reset` (epoch seconds). */
export function retryAfterSeconds(headers: Record<string, string | undefined>, now = Date.now()): number | undefined {
  const retryAfter = headers["retry-after"];
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, Math.ceil((date - now) / 1000));
  }
  const reset = Number(headers["ratelimit-reset"]);
  return Number.isFinite(reset) && reset > 0 ? Math.max(0, Math.ceil(reset - now / 1000)) : undefined;
}

export function scrub(message: string, secret: string | undefined): string {
  return secret ? message.split(secret).join("[secret]") : message;
}
