/**
 * The Chartmetric wire cases, one file per resource family, named like the catalog and the sandbox:
 * src/chartmetric/catalog/<family>.ts ↔ src/testing/chartmetric/<family>.ts ↔ ./<family>.cases.ts.
 * From a URL, the family is the first path segment after `/api/`, pluralized:
 * `/api/artist/{id}/stat/{source}` → artists.cases.ts, id `artists.stats`. Shared helpers: ./helpers.ts.
 *
 * Each case is written by hand from ../shared/reference/chartmetric.md §3/§4: the exact path (documented
 * trailing slashes kept) and query the API expects — `country_code` / `city_id` / `range_period` /
 * `min_<stat>` in snake_case; `sortColumn`, `sortOrderDesc`, `isDomainId`, `fromDaysAgo`, the
 * placement flags and other names in camelCase; arrays as repeated `name[]=`; values percent-encoded —
 * and a few checks on the typed result against the sandbox data (src/testing/chartmetric/*-data.ts).
 * Run by ../wire.test.ts (through the client), ../catalog.test.ts (straight to the sandbox handlers)
 * and test/core/fast-parse.test.ts.
 */
import type { ChartmetricCatalog } from '../../../src/chartmetric/catalog/index.js';
import type { WireCase } from '../../support/wire.js';
import { cases as albums } from './albums.cases.js';
import { cases as artists } from './artists.cases.js';
import { cases as brands } from './brands.cases.js';
import { cases as charts } from './charts.cases.js';
import { cases as cities } from './cities.cases.js';
import { cases as curators } from './curators.cases.js';
import { cases as events } from './events.cases.js';
import { cases as festivals } from './festivals.cases.js';
import { cases as genres } from './genres.cases.js';
import { cases as playlists } from './playlists.cases.js';
import { cases as radio } from './radio.cases.js';
import { cases as search } from './search.cases.js';
import { cases as social } from './social.cases.js';
import { cases as tracks } from './tracks.cases.js';

/** The cases of each catalog family (the type fails when a family has no file). */
export const casesByFamily = { artists, search, genres, cities, social, festivals, events, brands, charts, tracks, albums, playlists, radio, curators } satisfies Record<keyof ChartmetricCatalog, WireCase[]>;

/** Every case, family after family. */
export const cases: WireCase[] = Object.values(casesByFamily).flat();
