/**
 * Page promises: `await` one for the first page, `for await` it for every item across pages,
 * `.pages()` for page-by-page, `.toArray({ limit })` to collect with a mandatory limit.
 * Termination is guarded: an empty page that claims more, and a repeated cursor or link, both stop
 * the iteration (reference/sdk-practices.md §5 "Pagination": both make other SDKs loop or stop early).
 * A walk that an API's offset window cuts short (Chartmetric: `offset + limit` under 10,000) says so:
 * `page.truncated` and one warning, instead of ending as if the list were complete.
 *
 * The first page is requested when the page promise is created (like every call), at the end of the
 * current synchronous turn, so that `toArray({ limit: 0 })` or a bad `limit` written on the same line
 * sends nothing.
 */
import { APIPromise, type WithResponse } from './api-promise.js';
import type { NextPage, PaginationRule } from './endpoint.js';
import { InvalidParamsError } from './errors.js';

/** Fetches one page for a request (first params, later params or a relative URL). */
export type PageFetcher<Raw> = (req: NextPage) => Promise<WithResponse<Raw>>;

export class Page<Item, Raw = unknown> {
  /** The items of this page. */
  readonly items: Item[];
  /** The unwrapped response body of this page (with any siblings such as totals). */
  readonly data: Raw;
  /**
   * True on the last page a walk can reach when the API's offset window ended it (Chartmetric lists:
   * `offset + limit` must stay under 10,000): this page was full, so more items may exist than can be
   * paged to. Narrow the query (filters, sort order) to reach them. Also logged once at `warn`.
   */
  readonly truncated: boolean;
  readonly #next: NextPage | null;
  readonly #fetch: PageFetcher<Raw>;
  readonly #rule: PaginationRule<Item>;
  readonly #seen: Set<string>;
  readonly #onStop: (why: string) => void;

  /** @internal */
  constructor(
    data: Raw,
    request: NextPage,
    rule: PaginationRule<Item>,
    fetch: PageFetcher<Raw>,
    seen: Set<string>,
    onStop: (why: string) => void,
  ) {
    this.data = data;
    this.items = [...(rule.items as (d: Raw) => readonly Item[])(data)];
    this.#rule = rule;
    this.#fetch = fetch;
    this.#seen = seen;
    this.#onStop = onStop;
    const next = nextRequest(rule, data, request, this.items.length);
    this.truncated = next === WINDOW_END;
    this.#next = next === WINDOW_END ? null : next;
    if (this.truncated && rule.kind === 'offset') {
      onStop(`stopped at the offset window (offset + limit ≤ ${rule.maxOffset}): more items may exist; narrow the query to reach them (page.truncated)`);
    }
    if (this.#next) {
      const key = JSON.stringify(this.#next);
      if (seen.has(key)) {
        onStop('the API returned the same next-page link twice; stopping instead of looping');
        this.#next = null;
      } else if (this.items.length === 0) {
        onStop('the API returned an empty page that claims more pages; stopping');
        this.#next = null;
      }
    }
  }

  /** Entity context a list carries beside its items (Soundcharts `related`), if any. */
  get related(): unknown {
    return (this.data as { related?: unknown } | null)?.related;
  }

  hasNextPage(): boolean {
    return this.#next !== null;
  }

  /** Fetches the next page; rejects if there is none (check `hasNextPage()` first). */
  async getNextPage(): Promise<Page<Item, Raw>> {
    const next = this.#next;
    if (!next) throw new Error('No next page: check hasNextPage() before calling getNextPage().');
    this.#seen.add(JSON.stringify(next));
    const { data } = await this.#fetch(next);
    return new Page(data, next, this.#rule, this.#fetch, this.#seen, this.#onStop);
  }
}

/** `nextRequest`'s answer when a full page ends at the offset window: no next page, but not the end of the list. */
const WINDOW_END = Symbol('window end');

/** A rule whose `maxOffset` depends on the path parameters, resolved for one call's path. */
export function pagingFor<Item>(rule: PaginationRule<Item>, path: Record<string, unknown>): PaginationRule<Item> {
  return rule.kind === 'offset' && typeof rule.maxOffset === 'function' ? { ...rule, maxOffset: rule.maxOffset(path) } : rule;
}

function nextRequest<Item>(rule: PaginationRule<Item>, data: unknown, request: NextPage, count: number): NextPage | null | typeof WINDOW_END {
  const params = 'params' in request ? request.params : {};
  switch (rule.kind) {
    case 'offset': {
      const limit = Number(params.limit ?? rule.defaultLimit);
      const offset = Number(params.offset ?? 0);
      const nextOffset = offset + count;
      if (count < limit) return null; // a short page is the last one
      const total = rule.total?.(data as never);
      if (total !== undefined && nextOffset >= total) return null;
      // A function of the path is resolved per call (`pagingFor`); unresolved, it sets no window.
      const max = typeof rule.maxOffset === 'number' ? rule.maxOffset : undefined;
      if (max !== undefined && nextOffset + limit > max) {
        const room = max - nextOffset;
        if (room <= 0) return WINDOW_END;
        return { params: { ...params, offset: nextOffset, limit: room } };
      }
      return { params: { ...params, offset: nextOffset, limit } };
    }
    case 'cursor': {
      const cursor = rule.nextCursor(data as never);
      return cursor ? { params: { ...params, cursor } } : null;
    }
    case 'custom':
      return rule.next(data as never, params);
  }
}

/**
 * A promise that sends its request when it is first read, if `hold` kept it from leaving at the end
 * of the turn that created it (`catch`/`finally` go through `then`, so one override covers all).
 */
class Held<T> extends Promise<T> {
  static override get [Symbol.species]() {
    return Promise;
  }
  send?: () => void;
  override then<A = T, B = never>(ok?: ((v: T) => A | PromiseLike<A>) | null, no?: ((e: unknown) => B | PromiseLike<B>) | null): Promise<A | B> {
    this.send?.();
    return super.then(ok, no);
  }
}

export class PagePromise<Item, Raw = unknown> extends APIPromise<Page<Item, Raw>> implements AsyncIterable<Item> {
  #first: () => Promise<Page<Item, Raw>>;
  /** Keeps the first request from leaving at the end of this turn; false when it has left already. */
  #hold: () => boolean;

  /**
   * @internal `first` is the first page's request: a promise already under way, or a function that
   * sends it. A function is called at the end of the current synchronous turn (a microtask), unless
   * `toArray` with a limit of 0 or a bad limit holds it first; anything that reads the page later
   * still sends it.
   */
  constructor(
    first: Promise<WithResponse<Raw>> | (() => Promise<WithResponse<Raw>>),
    request: NextPage,
    rule: PaginationRule<Item>,
    fetch: PageFetcher<Raw>,
    onStop: (why: string) => void,
  ) {
    const seen = new Set<string>([JSON.stringify(request)]);
    const toPage = (r: WithResponse<Raw>) => ({ ...r, data: new Page<Item, Raw>(r.data, request, rule, fetch, seen, onStop) });
    let held = false;
    let page: Promise<WithResponse<Page<Item, Raw>>>;
    if (typeof first === 'function') {
      let settle: [(v: WithResponse<Page<Item, Raw>>) => void, (e: unknown) => void];
      const lazy = new Held<WithResponse<Page<Item, Raw>>>((resolve, reject) => (settle = [resolve, reject]));
      lazy.send = () => {
        lazy.send = undefined;
        first().then(toPage).then(...settle);
      };
      queueMicrotask(() => held || lazy.send?.());
      page = lazy;
    } else {
      page = first.then(toPage);
    }
    super(page);
    this.#hold = () => (page instanceof Held && page.send ? (held = true) : false);
    let cached: Promise<Page<Item, Raw>> | undefined;
    this.#first = () => (cached ??= page.then((r) => r.data));
  }

  /** Every page, fetched lazily one after another. */
  async *pages(): AsyncGenerator<Page<Item, Raw>, void, undefined> {
    let page = await this.#first();
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.pages()) yield* page.items;
  }

  /** Collects items across pages, up to a limit you must give (so a huge list is never pulled by accident). */
  async toArray(options: { limit: number }): Promise<Item[]> {
    const limit = options?.limit;
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0) {
      // Bad input sends nothing when the first request has not left yet; if it has, its outcome is moot
      // now, so it must not surface as an unhandled rejection.
      if (!this.#hold()) this.#first().catch(() => undefined);
      throw new InvalidParamsError('toArray() needs { limit }: the most items to collect, an integer ≥ 0.', [
        { param: 'limit', message: 'expected an integer ≥ 0' },
      ]);
    }
    const out: Item[] = [];
    if (limit === 0) {
      // Nothing to collect, so nothing is sent (when the first request has not left yet).
      if (!this.#hold()) this.#first().catch(() => undefined);
      return out;
    }
    for await (const item of this) {
      out.push(item);
      if (out.length >= limit) break;
    }
    return out;
  }
}
