/**
 * Page promises: `await` one for the first page, `for await` it for every item across pages,
 * `.pages()` for page-by-page, `.toArray({ limit })` to collect with a mandatory limit.
 * Termination is guarded: an empty page that claims more, and a repeated cursor or link, both stop
 * the iteration (reference/sdk-practices.md §5 "Pagination": both make other SDKs loop or stop early).
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
    this.#next = nextRequest(rule, data, request, this.items.length);
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

function nextRequest<Item>(rule: PaginationRule<Item>, data: unknown, request: NextPage, count: number): NextPage | null {
  const params = 'params' in request ? request.params : {};
  switch (rule.kind) {
    case 'offset': {
      const limit = Number(params.limit ?? rule.defaultLimit);
      const offset = Number(params.offset ?? 0);
      const nextOffset = offset + count;
      if (count < limit) return null; // a short page is the last one
      const total = rule.total?.(data as never);
      if (total !== undefined && nextOffset >= total) return null;
      if (rule.maxOffset !== undefined && nextOffset + limit > rule.maxOffset) {
        const room = rule.maxOffset - nextOffset;
        if (room <= 0) return null;
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

export class PagePromise<Item, Raw = unknown> extends APIPromise<Page<Item, Raw>> implements AsyncIterable<Item> {
  #first: () => Promise<Page<Item, Raw>>;

  /** @internal */
  constructor(first: Promise<WithResponse<Raw>>, request: NextPage, rule: PaginationRule<Item>, fetch: PageFetcher<Raw>, onStop: (why: string) => void) {
    const seen = new Set<string>([JSON.stringify(request)]);
    const page = first.then((r) => ({ ...r, data: new Page<Item, Raw>(r.data, request, rule, fetch, seen, onStop) }));
    super(page);
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
      // The first page is already on its way; its outcome is moot now, so it must not surface as an
      // unhandled rejection.
      this.#first().catch(() => undefined);
      throw new InvalidParamsError('toArray() needs { limit }: the most items to collect, an integer ≥ 0.', [
        { param: 'limit', message: 'expected an integer ≥ 0' },
      ]);
    }
    const out: Item[] = [];
    if (limit === 0) return out;
    for await (const item of this) {
      out.push(item);
      if (out.length >= limit) break;
    }
    return out;
  }
}
