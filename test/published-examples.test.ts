/**
 * Real responses published by others (../shared/reference/examples, beside the repository; reference
 * material, not copied here) run through each catalog's response schema after the provider's own
 * envelope unwrapping and normalization — the exact path a live response takes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnyEndpoint } from '../src/core/endpoint.js';
import type { ProviderSpec } from '../src/core/provider.js';
import { chartmetricEndpoints } from '../src/chartmetric/index.js';
import { chartmetricSpec } from '../src/chartmetric/provider.js';
import { chartmogulEndpoints } from '../src/chartmogul/index.js';
import { chartmogulSpec } from '../src/chartmogul/provider.js';
import { soundchartsEndpoints } from '../src/soundcharts/index.js';
import { soundchartsSpec } from '../src/soundcharts/provider.js';

const ROOT = [join(__dirname, '../../shared/reference/examples'), join(__dirname, '../../../shared/reference/examples')].find(existsSync);

interface Example {
  method: string;
  pathTemplate: string;
  status: number;
  body: unknown;
}

const shape = (t: string) => t.replace(/\{[^}]+\}/g, '{}').replace(/\/+$/, '');

function matchEndpoint(endpoints: readonly AnyEndpoint[], ex: Example): AnyEndpoint[] {
  return endpoints.filter((e) => e.method === ex.method && shape(e.path) === shape(ex.pathTemplate));
}

const providers: Array<[string, readonly AnyEndpoint[], ProviderSpec]> = [
  ['chartmetric', chartmetricEndpoints, chartmetricSpec],
  ['soundcharts', soundchartsEndpoints, soundchartsSpec],
  ['chartmogul', chartmogulEndpoints, chartmogulSpec],
];

describe.runIf(ROOT)('published examples parse with the catalog schemas', () => {
  for (const [name, endpoints, spec] of providers) {
    it(`${name}: every 2xx example of a catalog endpoint is accepted`, () => {
      const dir = join(ROOT!, name);
      const failures: string[] = [];
      let matched = 0;
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
        const ex = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Example;
        if (ex.status < 200 || ex.status >= 300 || ex.body === null || typeof ex.body !== 'object') continue;
        const candidates = matchEndpoint(endpoints, ex);
        if (candidates.length === 0) continue;
        matched++;
        // Several endpoints can share a template (get / getMany): one of them must accept it.
        const ok = candidates.some((e) => {
          let data = spec.unwrap(ex.body, e);
          if (spec.normalize) data = spec.normalize(data);
          return e.response.safeParse(data).success;
        });
        if (!ok) {
          const e = candidates[0]!;
          let data = spec.unwrap(ex.body, e);
          if (spec.normalize) data = spec.normalize(data);
          const issue = e.response.safeParse(data).error?.issues[0];
          failures.push(`${file} (${e.id}): ${issue?.path.join('.')} ${issue?.message}`);
        }
      }
      expect(failures).toEqual([]);
      expect(matched).toBeGreaterThan(10);
    });
  }
});

// Only when the examples are absent does the run say so, as one skipped test with the reason.
if (!ROOT) {
  describe('published examples', () => {
    it.skip('../shared/reference/examples is not beside this checkout; nothing to check', () => undefined);
  });
}
