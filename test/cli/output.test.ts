/** Output formats, flattening, row selection, sparklines and the progress line, as pure functions. */
import { describe, expect, it } from 'vitest';
import { columnsOf, flattenRow } from '../../src/cli/output/flatten.js';
import { CsvWriter, csvField } from '../../src/cli/output/csv.js';
import { TableWriter } from '../../src/cli/output/table.js';
import { formatter, formatForFile } from '../../src/cli/output/formats.js';
import { rowsOf } from '../../src/cli/output/rows.js';
import { findSeries, renderPlot, resample, sparkline } from '../../src/cli/plot.js';
import { WaitTracker, progressLine } from '../../src/cli/progress.js';
import { UsageError } from '../../src/cli/coerce.js';
import { ChartMogul } from '../../src/chartmogul/index.js';
import { createSandbox, SANDBOX_CREDENTIALS } from '../../src/testing/index.js';

describe('flatten', () => {
  it('dots nested objects, joins plain lists, writes lists of objects as JSON, empties null', () => {
    const row = { id: 1, artist: { name: 'BTS', stats: { followers: 5 } }, genres: ['pop', 'k-pop'], tracks: [{ id: 1 }], note: null, on: true, empty: {} };
    expect(flattenRow(row)).toEqual({
      id: '1',
      'artist.name': 'BTS',
      'artist.stats.followers': '5',
      genres: 'pop; k-pop',
      tracks: '[{"id":1}]',
      note: '',
      on: 'true',
      empty: '',
    });
  });

  it('a scalar row is one `value` column; columns keep their first order', () => {
    expect(flattenRow('x')).toEqual({ value: 'x' });
    expect(columnsOf([{ a: '1' }, { b: '2', a: '3' }])).toEqual(['a', 'b']);
  });
});

describe('csv', () => {
  it('quotes commas, quotes, line breaks and edge spaces', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' pad')).toBe('" pad"');
  });

  it('writes the header once, keeps it for later pages and reports columns it left out', () => {
    const w = new CsvWriter();
    expect(w.rows([{ a: 1, b: { c: 2 } }])).toBe('a,b.c\n1,2\n');
    expect(w.rows([{ a: 3, d: 4 }])).toBe('3,\n');
    expect(w.notes()[0]).toMatch(/left out: d/);
    expect(w.end()).toBe('');
  });

  it('--columns chooses and orders the columns, and an empty result still gets the header', () => {
    const w = new CsvWriter(['b.c', 'a']);
    expect(w.rows([{ a: 1, b: { c: 2 }, z: 0 }])).toBe('b.c,a\n2,1\n');
    expect(w.notes()).toEqual([]);
    expect(new CsvWriter(['a']).end()).toBe('a\n');
  });
});

describe('table', () => {
  it('aligns columns, right-aligns numbers, cuts long cells and drops what does not fit', () => {
    const t = new TableWriter(30);
    const text = t.rows([
      { name: 'Ada', mrr: 5, note: 'x'.repeat(50) },
      { name: 'Grace', mrr: 1200, note: 'y' },
    ]);
    const lines = text.split('\n');
    expect(lines[0]).toBe('name    mrr');
    expect(lines[2]).toBe('Ada       5');
    expect(lines[3]).toBe('Grace  1200');
    expect(t.notes()[0]).toMatch(/1 more column\(s\) did not fit \(note\)/);
    expect(new TableWriter(undefined).rows([{ note: 'x'.repeat(50) }])).toContain(`${'x'.repeat(39)}…`);
    expect(new TableWriter(80).end()).toBe('(no rows)\n');
  });
});

describe('formats', () => {
  it('json streams a list as one array, closed at the end even when it stopped early', () => {
    const f = formatter('json');
    const text = f.items([{ a: 1 }]) + f.items([{ a: 2 }]) + f.end();
    expect(JSON.parse(text)).toEqual([{ a: 1 }, { a: 2 }]);
    const empty = formatter('json');
    expect(JSON.parse(empty.items([]) + empty.end())).toEqual([]);
    const value = formatter('json');
    expect(JSON.parse(value.value({ x: 1 }) + value.end())).toEqual({ x: 1 });
  });

  it('ndjson writes one line per item, and a result by its rows', () => {
    const f = formatter('ndjson');
    expect(f.items([{ a: 1 }, { a: 2 }])).toBe('{"a":1}\n{"a":2}\n');
    expect(f.value({ entries: [{ d: 1 }, { d: 2 }], summary: {} })).toBe('{"d":1}\n{"d":2}\n');
  });

  it('the format follows the --out extension', () => {
    expect(formatForFile('mrr.csv')).toBe('csv');
    expect(formatForFile('a.JSONL')).toBe('ndjson');
    expect(formatForFile('a.json')).toBe('json');
    expect(formatForFile('a.txt')).toBeUndefined();
  });
});

describe('rows', () => {
  it('an array, the only list of objects, a chosen list, or the result itself', () => {
    expect(rowsOf([1, 2])).toEqual([1, 2]);
    expect(rowsOf({ entries: [{ a: 1 }], summary: { b: 2 } })).toEqual([{ a: 1 }]);
    expect(rowsOf({ followers: [{ v: 1 }], listeners: [{ v: 2 }] })).toEqual([{ followers: [{ v: 1 }], listeners: [{ v: 2 }] }]);
    expect(rowsOf({ followers: [{ v: 1 }], listeners: [{ v: 2 }] }, 'listeners')).toEqual([{ v: 2 }]);
    expect(() => rowsOf({ a: 1, l: [] }, 'nope')).toThrow(UsageError);
    expect(() => rowsOf({ a: 1, l: [] }, 'nope')).toThrow(/lists: l/);
  });
});

describe('plot', () => {
  it('finds dated series: ChartMogul entries (changes skipped) and Chartmetric stat points (value)', () => {
    const mogul = { entries: [{ date: '2025-02-28', mrr: 2, percentageChange: 1 }, { date: '2025-01-31', mrr: 1, percentageChange: 0 }], summary: {} };
    expect(findSeries(mogul)).toEqual([{ label: 'mrr', dates: ['2025-01-31', '2025-02-28'], values: [1, 2] }]);
    const cm = { followers: [{ timestp: '2025-01-01T00:00:00Z', value: 10, diff: 1 }, { timestp: '2025-01-02T00:00:00Z', value: 12, diff: 2 }] };
    expect(findSeries(cm)).toEqual([{ label: 'followers', dates: ['2025-01-01', '2025-01-02'], values: [10, 12] }]);
    expect(findSeries({ name: 'x', list: [{ id: 1 }, { id: 2 }] })).toEqual([]);
    expect(findSeries(mogul, ['percentageChange'])[0]!.label).toBe('percentageChange');
  });

  it('draws sparklines scaled to min and max, resampled to the width', () => {
    expect(sparkline([1, 2, 3, 4, 5, 6, 7, 8])).toBe('▁▂▃▄▅▆▇█');
    expect(sparkline([5, 5])).toBe('▄▄');
    expect(resample([1, 1, 3, 3], 2)).toEqual([1, 3]);
    const text = renderPlot([{ label: 'mrr', dates: ['2025-01-31', '2025-03-31'], values: [1, 5, 9] }], 80);
    expect(text).toBe('mrr  2025-01-31 ▁▅█ 2025-03-31  9 (min 1, max 9)\n');
  });
});

describe('progress', () => {
  it('shows items, pages, rate, wait, quota and an estimate when the total is known', () => {
    const line = progressLine({ items: 200, pages: 2, elapsedMs: 2000, waitedMs: 500, total: 400, rateLimit: { quotaRemaining: 9_998 } });
    expect(line).toBe('200/400 items · 2 pages · 100 items/s · rate-limit wait 0.5 s · quota 9,998 left · about 2.0 s left');
    expect(progressLine({ items: 5, pages: 1, elapsedMs: 1000, waitedMs: 0, rateLimit: { remaining: 9, limit: 10 } })).toBe(
      '5 items · 1 page · 5.0 items/s · rate-limit wait 0.0 s · 9/10 left this window',
    );
    expect(progressLine({ items: 0, pages: 0, elapsedMs: 12_000, waitedMs: 0, waitingFor: 'activitiesExport exp_1' })).toBe('waiting for activitiesExport exp_1 · 0m12s');
  });

  it('measures the wait before a request leaves, from the SDK debug log', () => {
    const forwarded: string[] = [];
    const t = new WaitTracker((_level, line) => forwarded.push(line));
    t.asked(1000);
    t.observe('[chartstack:chartmetric] → GET https://x/api/artist/1 (attempt 1)', 1300); // paced: 300 ms
    t.observe('[chartstack:chartmetric] ← 429 GET /api/artist/{id} in 5 ms', 1305);
    t.observe('[chartstack:chartmetric] → GET https://x/api/artist/1 (attempt 2)', 2305); // backoff: 1000 ms
    t.observe('[chartstack:chartmetric] ← 200 GET /api/artist/{id} in 5 ms', 2310);
    t.observe('[chartstack:chartmetric] → GET https://x/api/artist/1/poll (attempt 1)', 4310); // not asked: a poll
    expect(t.waitedMs).toBe(1300);
    expect(t.sent).toBe(3);
    t.debug('[chartstack:chartmetric] anything');
    expect(forwarded).toEqual(['[chartstack:chartmetric] anything']);
  });

  it("reads the SDK's own log lines: one → per attempt (a 503 retried is two)", async () => {
    const sandbox = createSandbox();
    sandbox.faults.add({ provider: 'chartmogul', status: 503, times: 1 });
    const t = new WaitTracker(() => undefined);
    const mogul = new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: sandbox.fetch, logger: t, logLevel: 'debug', rateLimit: false });
    t.asked();
    await mogul.metrics.mrr({ startDate: '2025-01-01', endDate: '2025-01-31' });
    expect(t.sent).toBe(2);
  });
});
