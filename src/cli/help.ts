/**
 * Help text, all of it generated from the catalogs: the providers, each provider's families and
 * methods with their one-line summaries, and (through commander, see program.ts) each method's
 * parameters with the SDK's own wording of the accepted values.
 */
import type { AnyEndpoint } from '../index.js';
import { EXIT_CODE_HELP } from './exit-codes.js';
import { kebab } from './names.js';
import type { Provider } from './providers.js';

/** The family of an endpoint id (`metrics.mrr` → `metrics`); '' for a method on the client itself (`ping`). */
export const familyOf = (e: AnyEndpoint) => (e.id.includes('.') ? e.id.slice(0, e.id.indexOf('.')) : '');
/** The method of an endpoint id (`metrics.mrr` → `mrr`, `ping` → `ping`). */
export const methodOf = (e: AnyEndpoint) => e.id.slice(e.id.indexOf('.') + 1);

/** `{ family → [endpoint, …] }` in catalog order. */
export function byFamily(endpoints: readonly AnyEndpoint[]): Map<string, AnyEndpoint[]> {
  const families = new Map<string, AnyEndpoint[]>();
  for (const e of endpoints) {
    const family = familyOf(e);
    families.set(family, [...(families.get(family) ?? []), e]);
  }
  return families;
}
const pathArgs = (e: AnyEndpoint) => Array.from(e.path.matchAll(/\{([^}]+)\}/g), (m) => `<${m[1]}>`).join(' ');

/** Splits text into lines of at most `room` characters, at spaces where possible. */
export function wrap(text: string, room: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}

/** Lines of `name  text`, with the texts aligned and wrapped to the width. */
function columns(rows: ReadonlyArray<readonly [string, string]>, indent: string, width: number): string[] {
  const left = Math.min(44, Math.max(0, ...rows.map(([a]) => a.length)));
  return rows.map(([a, b]) => {
    const pad = indent.length + left + 2;
    const text = wrap(b, Math.max(30, width - pad)).join(`\n${' '.repeat(pad)}`);
    return a.length > left ? `${indent}${a}\n${' '.repeat(pad)}${text}` : `${indent}${a.padEnd(left)}  ${text}`;
  });
}

/** `chartstack <provider> --help` (all families) or `chartstack <provider> <family> --help` (one). */
export function providerHelp(provider: Provider, endpoints: readonly AnyEndpoint[], width: number, only?: string): string {
  const families = byFamily(endpoints);
  const lines = [
    `Usage: chartstack ${provider.name} ${only ?? '<family>'} <method> [path params…] [--param value …]`,
    '',
    `${provider.displayName}: ${only ? `${families.get(only)?.length ?? 0} methods in ${only}` : `${endpoints.length} endpoints in ${families.size} families`}.`,
    `Credentials: ${provider.credentialHelp}; or --sandbox to try the embedded sandbox.`,
    '',
  ];
  for (const [family, list] of families) {
    if (only && family !== only) continue;
    lines.push(!family ? 'on the client itself:' : family === kebab(family) ? `${family}:` : `${family} (or ${kebab(family)}):`);
    lines.push(...columns(list.map((e) => [`${methodOf(e)} ${pathArgs(e)}`.trim(), `${e.deprecated ? '(deprecated) ' : ''}${e.summary ?? `${e.method} ${e.path}`}`] as const), '  ', width));
    lines.push('');
  }
  lines.push(`Parameters of a method: chartstack ${provider.name} ${only ?? '<family>'} <method> --help`);
  lines.push('Method and family names are the SDK\'s (camelCase); their kebab-case spelling works too (where-people-listen).');
  return `${lines.join('\n')}\n`;
}

/** `chartstack --help`. */
export function rootHelp(providers: readonly Provider[], counts: ReadonlyMap<string, number>, width: number): string {
  const lines = [
    'Usage: chartstack <provider> <family> <method> [path params…] [--param value …]',
    '',
    'Every endpoint of the chartstack SDK from the terminal: Chartmetric, Soundcharts and ChartMogul,',
    'with the SDK\'s validation, token handling, rate limiting, retries and pagination.',
    '',
    'Providers:',
    ...columns(providers.map((p) => [p.name, `${counts.get(p.name) ?? '?'} endpoints: ${p.blurb}`] as const), '  ', width),
    '',
    'Credentials come from the environment (or a file given with --env-file):',
    ...columns(providers.map((p) => [p.name, p.credentialHelp] as const), '  ', width),
    '  Add --sandbox to any command to run it against the embedded sandbox, without an account.',
    '',
    'Examples:',
    '  chartstack chartmogul --help                        families and methods, with summaries',
    '  chartstack chartmetric artists stats --help         one method: parameters, accepted values, path',
    '  chartstack chartmogul metrics mrr --start-date 2025-01-01 --end-date 2025-12-31 --plot --sandbox',
    '  chartstack chartmogul activities list --all --format csv --out activities.csv --sandbox',
    '  chartstack chartmetric artists tracks 206557 --limit 50 --format ndjson --sandbox',
    '',
    'Options of every method (see a method\'s --help for all of them):',
    '  --format json|ndjson|csv|table   json when piped, table on a terminal (or from --out\'s extension)',
    '  --out FILE                       write there instead of stdout',
    '  --all / --limit N                lists: follow every page / stop after N items (default: first page)',
    '  --plot [fields]                  time series as sparklines',
    '  --progress / --no-progress       the progress line on stderr (default: only on a terminal)',
    '  --sandbox, --env-file FILE, --base-url URL, --rate N, --timeout MS, --max-retries N',
    '',
    'CSV and table columns: nested objects are flattened with dots (artist.name), lists of plain values',
    'are joined with "; ", lists of objects are written as JSON text in one cell.',
    '',
    'Exit codes:',
    ...EXIT_CODE_HELP.map(([code, text]) => `  ${code.padEnd(4)} ${text}`),
    '',
    'Environment: CHARTSTACK_LOG=debug|info|warn|error (SDK log on stderr), CHARTSTACK_SANDBOX=1 (same as',
    '--sandbox), CHARTMETRIC_BASE_URL / SOUNDCHARTS_BASE_URL / CHARTMOGUL_BASE_URL (another host).',
  ];
  return `${lines.join('\n')}\n`;
}

/** Text above a method's parameter list: what it does and the documented path. */
export function methodIntro(e: AnyEndpoint): string {
  const lines = [e.summary ?? e.id, '', `${e.method} ${e.path}`];
  if (e.docs) lines.push(`Reference: ${e.docs}`);
  if (e.deprecated) lines.push('Deprecated by the provider.');
  if (e.paginate) lines.push('A list: prints the first page; --all follows every page, --limit N stops after N items.');
  return lines.join('\n');
}
