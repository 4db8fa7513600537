/**
 * The Soundcharts sandbox's rights metadata, served by collaborators.ts, labels.ts, publishers.ts,
 * works.ts (and the credits of albums.ts, top.ts). Same rules as music-data.ts: derived from ids,
 * lazy, real wire shapes.
 */
import { hashString, pick, randInt, uuidFor } from '../data.js';
import { COUNTRIES, bandName, digits, personName, slugify, songAt } from './music-data.js';
import { BILLIE_EILISH, rngFor } from './shared.js';

const ASSETS = 'https://assets.soundcharts.com';

// ============================================================== collaborators

export interface CollaboratorRec { uuid: string; name: string; roles: string[]; ipi: string; countryCode: string }
const ROLES = ['composer', 'lyricist', 'producer', 'songwriter', 'arranger', 'mixer', 'engineer'];
let collabCache: CollaboratorRec[] | undefined;
export function allCollaborators(): CollaboratorRec[] {
  return (collabCache ??= Array.from({ length: 30 }, (_, i) => {
    if (i === 0) return { uuid: uuidFor('soundcharts:collaborator:finneas'), name: 'FINNEAS', roles: ['producer', 'composer', 'lyricist'], ipi: '00702839312', countryCode: 'US' };
    const rng = rngFor(`collaborator:${i}`);
    return {
      uuid: uuidFor(`soundcharts:collaborator:${i}`),
      name: personName(`collaborator:${i}`),
      roles: [pick(rng, ROLES), pick(rng, ROLES)].filter((r, k, a) => a.indexOf(r) === k),
      ipi: `00${digits(`ipi:${i}`, 9)}`,
      countryCode: pick(rng, COUNTRIES)[0],
    };
  }));
}
export const findCollaborator = (uuid: string) => allCollaborators().find((c) => c.uuid === uuid.toLowerCase());
export const collaboratorLight = (c: CollaboratorRec) => ({ uuid: c.uuid, name: c.name, imageUrl: `${ASSETS}/collaborator/${c.uuid}.jpg` });
export const collaboratorMeta = (c: CollaboratorRec) => ({
  ...collaboratorLight(c),
  collaboratorId: hashString(c.uuid) % 1_000_000,
  isni: `0000000${digits(`isni:${c.uuid}`, 9)}`,
  ipi: c.ipi,
  roles: c.roles,
  countryCode: c.countryCode,
  webUrl: null,
  biography: `${c.name} is a ${c.roles.join(' and ')}.`,
  gender: null,
  type: 'person',
  birthDate: null,
  cityName: null,
});
/** Songs credited to a collaborator (FINNEAS: the album tracks first). */
export const collaboratorSongs = (c: CollaboratorRec) => {
  const n = c.name === 'FINNEAS' ? 150 : 12 + (hashString(c.uuid) % 40);
  return Array.from({ length: n }, (_, k) => songAt(c.name === 'FINNEAS' ? k : (hashString(`${c.uuid}:${k}`) + k) % 400));
};

// ============================================================== labels, publishers, works

export interface LabelRec { uuid: string; name: string; type: string; countryCode: string; founded: string }
let labelCache: LabelRec[] | undefined;
export function allLabels(): LabelRec[] {
  return (labelCache ??= Array.from({ length: 12 }, (_, i) => {
    if (i === 0) return { uuid: uuidFor('soundcharts:label:darkroom'), name: 'Darkroom', type: 'imprint', countryCode: 'US', founded: '2015-01-01' };
    if (i === 1) return { uuid: uuidFor('soundcharts:label:interscope'), name: 'Interscope Records', type: 'major', countryCode: 'US', founded: '1990-01-01' };
    const rng = rngFor(`label:${i}`);
    return { uuid: uuidFor(`soundcharts:label:${i}`), name: `${bandName(`label:${i}`)} Records`, type: pick(rng, ['independent', 'imprint', 'major']), countryCode: pick(rng, COUNTRIES)[0], founded: `${randInt(rng, 1960, 2020)}-01-01` };
  }));
}
export const findLabel = (uuid: string) => allLabels().find((l) => l.uuid === uuid.toLowerCase());
export const labelMeta = (l: LabelRec) => ({
  uuid: l.uuid,
  name: l.name,
  type: l.type,
  countryCode: l.countryCode,
  foundedAt: `${l.founded}T00:00:00+00:00`,
  website: `https://www.${slugify(l.name)}.example`,
  company: l.type === 'major' ? { name: 'Universal Music Group' } : l.name,
  address: null,
  imageUrl: `${ASSETS}/label/${l.uuid}.jpg`,
});

export interface PublisherRec { uuid: string; name: string; ipi: string; countryCode: string }
let publisherCache: PublisherRec[] | undefined;
export function allPublishers(): PublisherRec[] {
  return (publisherCache ??= Array.from({ length: 8 }, (_, i) => ({
    uuid: uuidFor(`soundcharts:publisher:${i}`),
    name: i === 0 ? 'Sandbox Music Publishing' : `${bandName(`publisher:${i}`)} Publishing`,
    ipi: `00${digits(`pipi:${i}`, 9)}`,
    countryCode: COUNTRIES[i % COUNTRIES.length]![0],
  })));
}
export const findPublisher = (uuid: string) => allPublishers().find((p) => p.uuid === uuid.toLowerCase());
export const publisherMeta = (p: PublisherRec) => ({
  uuid: p.uuid,
  name: p.name,
  ipi: p.ipi,
  isni: null,
  countryCode: p.countryCode,
  imageUrl: null,
  webUrl: `https://www.${slugify(p.name)}.example`,
  parent: p.name.startsWith('Sandbox') ? null : { uuid: allPublishers()[0]!.uuid, name: allPublishers()[0]!.name },
});

export interface WorkRec { uuid: string; name: string; iswc: string; songs: number[] }
let workCache: WorkRec[] | undefined;
/** Works: one per album track of the docs' album (with its recording), then generated ones. */
export function allWorks(): WorkRec[] {
  return (workCache ??= Array.from({ length: 24 }, (_, i) => {
    const song = songAt(i < 14 ? i : 14 + i * 13);
    const d = digits(`iswc:${i}`, 9);
    return { uuid: uuidFor(`soundcharts:work:${i}`), name: song.name, iswc: `T-${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}-${hashString(d) % 10}`, songs: [i < 14 ? i : 14 + i * 13, 200 + i, 300 + i] };
  }));
}
export const findWork = (uuid: string) => allWorks().find((w) => w.uuid === uuid.toLowerCase());
export const workMeta = (w: WorkRec) => {
  const finneas = allCollaborators()[0]!;
  const lead = songAt(w.songs[0]!);
  const writers = lead.artist.uuid === BILLIE_EILISH
    ? [{ uuid: uuidFor('soundcharts:collaborator:billie'), name: "Billie Eilish O'Connell", role: 'composer' }, { uuid: finneas.uuid, name: "Finneas O'Connell", role: 'composer' }]
    : [{ uuid: allCollaborators()[1 + (hashString(w.uuid) % 29)]!.uuid, name: personName(`writer:${w.uuid}`), role: 'composer' }];
  const pubs = allPublishers();
  return {
    uuid: w.uuid,
    name: w.name,
    iswc: w.iswc,
    writers,
    publishers: writers.map((wr, k) => ({
      uuid: pubs[(hashString(w.uuid) + k) % pubs.length]!.uuid,
      name: pubs[(hashString(w.uuid) + k) % pubs.length]!.name,
      share: Math.round((100 / writers.length) * 100) / 100,
      adminPublisher: { uuid: pubs[0]!.uuid, name: pubs[0]!.name },
      relatedWriters: [{ uuid: wr.uuid, name: wr.name, role: wr.role }],
    })),
  };
};
