export interface LinkStatus {
  ok: boolean;
  /** The final HTTP status, when a response came. */
  status?: number;
  /** Why the link is dead, in words. */
  problem?: string;
}

export interface LinkChecker {
  check(url: string): Promise<LinkStatus>;
}

export interface LinkCheckerOptions {
  /** Per request. */
  timeoutMs?: number;
  /** Requests in flight at once. */
  concurrency?: number;
  fetch?: typeof fetch;
}

/** Servers that refuse HEAD but serve GET: these statuses get a GET before the link is called dead. */
const RETRY_WITH_GET = (status: number) => status >= 400;

/**
 * Fetches links for `--check-links`: HEAD first, GET when HEAD fails, each distinct URL once per run
 * (the promise is shared), at most `concurrency` requests at a time, each with a timeout.
 */
export function createLinkChecker(options: LinkCheckerOptions = {}): LinkChecker {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const doFetch = options.fetch ?? fetch;
  const limit = limiter(options.concurrency ?? 8);
  const seen = new Map<string, Promise<LinkStatus>>();

  const request = async (url: string, method: "HEAD" | "GET") => {
    const response = await doFetch(url, { method, redirect: "follow", signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel().catch(() => undefined);
    return response.status;
  };

  const probe = async (url: string): Promise<LinkStatus> => {
    let headStatus: number | undefined;
    try {
      headStatus = await request(url, "HEAD");
      if (!RETRY_WITH_GET(headStatus)) return { ok: true, status: headStatus };
    } catch {
      // A HEAD that fails at the network level gets one GET too: some servers drop HEAD.
    }
    try {
      const status = await request(url, "GET");
      return status < 400 ? { ok: true, status } : { ok: false, status, problem: `HTTP ${status}` };
    } catch (error) {
      const name = (error as Error).name;
      const problem =
        name === "TimeoutError" || name === "AbortError" ? `no answer within ${timeoutMs / 1000} s` : describeNetworkError(error);
      return { ok: false, ...(headStatus ? { status: headStatus } : {}), problem };
    }
  };

  return {
    check(url) {
      let status = seen.get(url);
      if (!status) {
        status = limit(() => probe(url));
        seen.set(url, status);
      }
      return status;
    },
  };
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return `cannot connect (${cause?.code ?? cause?.message ?? (error as Error).message})`;
}

function limiter(concurrency: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (active >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}
