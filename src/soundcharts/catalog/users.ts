/**
 * Soundcharts per-user blocklists (reference/soundcharts.md §2.12). The user is addressed by the
 * email of a team member, percent-encoded in the path; 404 when the user is not in the team.
 *
 * Naming: `/user/{email}/blocklist/artists` → `blocklistArtists` (and songs, labels).
 */
import { defineEndpoint, defineFamily } from '../../core/endpoint.js';
import * as p from '../../core/params.js';
import * as s from '../../core/schema.js';
import { soundchartsList } from '../paging.js';
import { artistRef, paging, songRef } from './shared.js';

const DOCS = 'reference/soundcharts.md §2.12 (Account-scoped and write endpoints)';

export const users = defineFamily(() => {
  const email = () => p.str({ pattern: /^[^\s@/]+@[^\s@/]+$/, expected: "a team member's email address, e.g. 'ana@example.com'" });

  return {
    /** Artists a team member blocked. */
    blocklistArtists: defineEndpoint({
      id: 'users.blocklistArtists',
      method: 'GET',
      path: '/api/v2/user/{email}/blocklist/artists',
      pathParams: { email: email() },
      query: { ...paging() },
      ...soundchartsList(artistRef()),
      summary: 'Blocked artists of a team member; 404 when the user is not in the team.',
      docs: DOCS,
    }),

    /** Songs a team member blocked. */
    blocklistSongs: defineEndpoint({
      id: 'users.blocklistSongs',
      method: 'GET',
      path: '/api/v2/user/{email}/blocklist/songs',
      pathParams: { email: email() },
      query: { ...paging() },
      ...soundchartsList(songRef()),
      summary: 'Blocked songs of a team member; 404 when the user is not in the team.',
      docs: DOCS,
    }),

    /** Labels a team member blocked (items carry the label name). */
    blocklistLabels: defineEndpoint({
      id: 'users.blocklistLabels',
      method: 'GET',
      path: '/api/v2/user/{email}/blocklist/labels',
      pathParams: { email: email() },
      query: { ...paging() },
      ...soundchartsList(s.obj({ label: s.opt(s.str()), uuid: s.opt(s.str()), name: s.opt(s.str()) })),
      summary: 'Blocked labels `{label}` of a team member.',
      docs: DOCS,
    }),
  };
});
