/**
 * `customers.list` and `customers.get` beyond their wire cases (test/chartmogul/wire/cases.ts): every
 * page of the list, the 404 of an unknown customer, and bad input refused before anything is sent.
 */
import { describe, expect, it } from 'vitest';
import { ChartMogul } from '../../src/chartmogul/index.js';
import { InvalidParamsError, NotFoundError } from '../../src/errors.js';
import { createSandbox, SANDBOX_CREDENTIALS } from '../../src/testing/index.js';
import { failure } from '../support/scripted.js';

const setup = () => {
  const sandbox = createSandbox();
  return { sandbox, mogul: new ChartMogul({ ...SANDBOX_CREDENTIALS.chartmogul, fetch: sandbox.fetch, rateLimit: false }) };
};

describe('customers.list and customers.get', () => {
  it('walks every customer page by page and finds each one by uuid', async () => {
    const { sandbox, mogul } = setup();
    const all = await mogul.customers.list({ perPage: 2 }).toArray({ limit: 100 });
    expect(all).toHaveLength(5);
    expect(sandbox.requestsTo('chartmogul').map((r) => r.query)).toEqual(['per_page=2', expect.stringMatching(/^per_page=2&cursor=/), expect.stringMatching(/^per_page=2&cursor=/)]);
    const one = await mogul.customers.get(all[4]!.uuid);
    expect(one).toEqual(all[4]);
  });

  it('answers NotFoundError for an unknown customer', async () => {
    const { mogul } = setup();
    const err = await failure(mogul.customers.get('cus_00000000-0000-0000-0000-000000000000'));
    expect(err).toBeInstanceOf(NotFoundError);
  });

  it('refuses bad input before sending, naming the parameter and the accepted form', async () => {
    const { sandbox, mogul } = setup();
    const cases: Array<[Promise<unknown>, string, RegExp]> = [
      [mogul.customers.list({ perPage: 500 }), 'perPage', /"perPage" expected an integer between 1 and 200 \(got 500\)/],
      [mogul.customers.list({ status: '' }), 'status', /"status" expected one of 'New_Lead', .*'Cancelled'/],
      [mogul.customers.list({ dataSource: 'ds_1' } as never), 'dataSource', /"dataSource" is not a parameter of this method \(accepted: dataSourceUuid, externalId, status, system, perPage, cursor\)/],
      [mogul.customers.get(''), 'uuid', /"uuid" is required \(a path parameter\)/],
    ];
    for (const [call, param, message] of cases) {
      const err = await failure<InvalidParamsError>(call);
      expect(err).toBeInstanceOf(InvalidParamsError);
      expect(err.issues.map((i) => i.param)).toContain(param);
      expect(err.message).toMatch(message);
    }
    expect(sandbox.requestsTo('chartmogul')).toHaveLength(0);
  });
});
