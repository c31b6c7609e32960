/**
 * HTTP for `npm run data:refresh`, polite to Ofsted's servers: at most two requests
 * in flight, a User-Agent naming the project, retries with exponential back-off
 * (honouring Retry-After) on 429 and 5xx, and conditional requests from cached
 * validators (ETag / Last-Modified). Failures are one-line errors naming the address.
 */

export const USER_AGENT = 'ofsted-lens-data-refresh/0.1 (+https://github.com/ofsted-lens; checks Ofsted grade claims)';

/** A request's outcome: a fresh body, or "not modified" since the validators given. */
export type Fetched = { status: 'fresh'; body: Uint8Array; etag: string | null; lastModified: string | null } | { status: 'not-modified' };

/** Validators from an earlier answer. */
export interface Validators {
  etag?: string | null | undefined;
  lastModified?: string | null | undefined;
}

export interface ClientOptions {
  /** Requests in flight at once (Ofsted's site is shared: 2). */
  concurrency?: number;
  /** Tries per request on 429/5xx before giving up. */
  attempts?: number;
  /** First back-off in ms, doubled on each retry. */
  backoffMs?: number;
  /** Longest wait a Retry-After may ask for. */
  maxWaitMs?: number;
  /** Per-request timeout. */
  timeoutMs?: number;
}

/** A failure the refresh reports as one line and stops on. */
export class FetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FetchError';
  }
}

const OFFLINE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ENETUNREACH', 'EHOSTUNREACH', 'ECONNRESET']);

/** The system error code behind a failed fetch (undici wraps it, sometimes in an AggregateError). */
function causeCode(error: unknown): string | null {
  const cause = (error as { cause?: { code?: unknown; errors?: { code?: unknown }[] } }).cause;
  const code = cause?.code ?? cause?.errors?.[0]?.code;
  return typeof code === 'string' ? code : null;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A client whose `get` queues behind the concurrency limit. */
export function politeClient(options: ClientOptions = {}) {
  const { concurrency = 2, attempts = 4, backoffMs = 2000, maxWaitMs = 60_000, timeoutMs = 60_000 } = options;
  let active = 0;
  const waiting: (() => void)[] = [];
  let peak = 0;

  async function slot<T>(work: () => Promise<T>): Promise<T> {
    while (active >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    peak = Math.max(peak, active);
    try {
      return await work();
    } finally {
      active--;
      waiting.shift()?.();
    }
  }

  async function once(url: string, validators: Validators): Promise<Response> {
    const headers: Record<string, string> = { 'user-agent': USER_AGENT };
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    try {
      return await fetch(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const code = causeCode(error) ?? (error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : null);
      if (code && (OFFLINE.has(code) || code === 'timed out')) {
        throw new FetchError(`cannot reach ${url} (${code}): check the internet connection`);
      }
      throw new FetchError(`cannot fetch ${url}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** GET with retries; a 304 answers "not modified". */
  async function get(url: string, validators: Validators = {}): Promise<Fetched> {
    return slot(async () => {
      for (let attempt = 1; ; attempt++) {
        const response = await once(url, validators);
        if (response.status === 304) return { status: 'not-modified' };
        if (response.ok) {
          return {
            status: 'fresh',
            body: new Uint8Array(await response.arrayBuffer()),
            etag: response.headers.get('etag'),
            lastModified: response.headers.get('last-modified'),
          };
        }
        await response.body?.cancel();
        const retryable = response.status === 429 || response.status >= 500;
        if (!retryable || attempt >= attempts) {
          const tries = attempt === 1 ? '' : ` after ${attempt} tries`;
          throw new FetchError(`${url} answered ${response.status} ${response.statusText}${tries}`);
        }
        const after = Number(response.headers.get('retry-after'));
        const wait = Number.isFinite(after) && after > 0 ? after * 1000 : backoffMs * 2 ** (attempt - 1);
        await sleep(Math.min(wait, maxWaitMs));
      }
    });
  }

  return { get, peakConcurrency: () => peak };
}
