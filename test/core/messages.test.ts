/**
 * Error messages say what was expected and what came: zod/mini ships no messages ("Invalid input"),
 * so src/core/validate.ts writes them from the issues' fields; cross-parameter checks name each
 * parameter once.
 */
import { describe, expect, it } from 'vitest';
import { ChartMogul } from '../../src/chartmogul/index.js';
import { Chartmetric } from '../../src/chartmetric/index.js';
import { InvalidParamsError, ResponseValidationError } from '../../src/errors.js';
import { validateResponse } from '../../src/core/validate.js';
import { arr, lit, num, obj, oneOf, str } from '../../src/core/schema.js';
import { failure, json, scriptedFetch } from '../support/scripted.js';

const range = { startDate: '2025-01-01', endDate: '2025-01-31' };
const summary = { current: 1, previous: 1, 'percentage-change': 0 };

describe('response issues', () => {
  it('name the path, what was expected and what came', async () => {
    const { fetch } = scriptedFetch([json(200, { entries: 'none', summary })]);
    const err = await failure<ResponseValidationError>(new ChartMogul({ apiKey: 'k123456', fetch, rateLimit: false }).metrics.mrr(range));
    expect(err).toBeInstanceOf(ResponseValidationError);
    expect(err.message).toContain('(entries: expected an array, got a string)');
    expect(err.issues).toEqual([{ path: 'entries', message: 'expected an array, got a string' }]);
  });

  it('describe numbers sent as text, missing fields, values and unions', () => {
    const schema = obj({ n: num(), s: str(), kind: oneOf([lit('a'), lit('b')]), list: arr(num()), v: oneOf([num(), str()]) });
    const out = validateResponse(schema, { n: 'lots', kind: 'c', list: [1, null], v: true });
    expect(out.ok).toBe(false);
    expect(out.issues).toEqual([
      { path: 'n', message: 'expected a number or a numeric string, got "lots"' },
      { path: 's', message: 'expected a string, got nothing' },
      { path: 'kind', message: 'expected "a" or "b", got a string ("c")' },
      { path: 'list[1]', message: 'expected a number or a string, got null' },
      { path: 'v', message: 'expected a number or a string, got a boolean (true)' },
    ]);
    for (const i of out.issues) expect(i.message).not.toMatch(/Invalid input/);
  });
});

describe('parameter issues', () => {
  it('a cross-parameter check names each parameter once', async () => {
    const { fetch, calls } = scriptedFetch([]);
    const err = await failure<InvalidParamsError>(new ChartMogul({ apiKey: 'k123456', fetch }).metrics.mrr({ startDate: '2025-06-01', endDate: '2025-01-01' }));
    expect(err).toBeInstanceOf(InvalidParamsError);
    expect(err.message).toContain(': "startDate" (2025-06-01) must not be after "endDate" (2025-01-01). Nothing was sent.');
    expect(err.message).not.toMatch(/"startDate" "startDate"/);
    expect(err.issues[0]!.param).toBe('startDate');
    expect(calls).toHaveLength(0);
  });

  it('a check written with backticks is attributed to its parameter, not "params"', async () => {
    const { fetch, calls } = scriptedFetch([]);
    const cm = new Chartmetric({ refreshToken: 'r123456', fetch });
    const err = await failure<InvalidParamsError>(cm.artists.stats(206557, 'spotify', { since: '2025-06-01', until: '2025-01-01' }));
    expect(err.issues.map((i) => i.param)).toEqual(['since']);
    expect(err.message).toContain(': `since` must be on or before `until`');
    expect(err.message).not.toMatch(/"params"|"since" `since`/);
    expect(calls).toHaveLength(0);
  });
});
