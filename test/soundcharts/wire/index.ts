/**
 * The Soundcharts wire cases, one file per resource family, named like the catalog and the sandbox:
 * src/soundcharts/catalog/<family>.ts ↔ src/testing/soundcharts/<family>.ts ↔ ./<family>.cases.ts.
 * From a URL, the family is the first path segment after the version prefix, pluralized
 * (`/api/v2.9/artist/{uuid}` → artists.cases.ts, id `artists.get`); searches
 * (`/api/v2/<entity>/search/{term}`) are in search.cases.ts, reference lists in referential.cases.ts,
 * discovery (`POST /api/v2/top/*`) in top.cases.ts. Shared helpers and ids: ./helpers.ts.
 *
 * Each case is written by hand from ../shared/reference/soundcharts.md §2 and §3: the versioned path
 * exactly as documented, path segments percent-encoded (batch UUIDs joined by a literal `,`; ATOM
 * date-times → `%3A`, `%2B`; an email's `@` → `%40`), camelCase query names unchanged on the wire,
 * lists comma-joined, dates `YYYY-MM-DD`, `currentOnly` / `mainPerformer` as 1/0 and `onlyDefault` as
 * true/false, discovery bodies as JSON with paging in the query. The checks use the sandbox data
 * (src/testing/soundcharts/*-data.ts) and never depend on the sandbox clock (every date is absolute).
 * Run by ../wire.test.ts (through the client), ../catalog.test.ts (straight to the sandbox handlers)
 * and test/core/fast-parse.test.ts.
 */
import type { SoundchartsCatalog } from '../../../src/soundcharts/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { cases as albums } from './albums.cases.js';
import { cases as artists } from './artists.cases.js';
import { cases as charts } from './charts.cases.js';
import { cases as collaborators } from './collaborators.cases.js';
import { cases as dataFeeds } from './data-feeds.cases.js';
import { cases as distributors } from './distributors.cases.js';
import { cases as favorites } from './favorites.cases.js';
import { cases as festivals } from './festivals.cases.js';
import { cases as labels } from './labels.cases.js';
import { cases as library } from './library.cases.js';
import { cases as playlists } from './playlists.cases.js';
import { cases as publishers } from './publishers.cases.js';
import { cases as radios } from './radios.cases.js';
import { cases as referential } from './referential.cases.js';
import { cases as search } from './search.cases.js';
import { cases as songs } from './songs.cases.js';
import { cases as team } from './team.cases.js';
import { cases as tiktok } from './tiktok.cases.js';
import { cases as top } from './top.cases.js';
import { cases as users } from './users.cases.js';
import { cases as venues } from './venues.cases.js';
import { cases as works } from './works.cases.js';

/** The cases of each catalog family (the type fails when a family has no file). */
export const casesByFamily = { team, search, referential, artists, songs, albums, charts, playlists, radios, festivals, venues, collaborators, labels, publishers, works, top, distributors, favorites, dataFeeds, library, users, tiktok } satisfies Record<keyof SoundchartsCatalog, WireCase[]>;

/** Every case, family after family. */
export const cases: WireCase[] = Object.values(casesByFamily).flat();
