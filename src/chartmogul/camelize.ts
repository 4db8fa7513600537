/**
 * ChartMogul's results come back with camelCase keys (`mrr-new-business` → `mrrNewBusiness`,
 * `external_id` → `externalId`), except inside `attributes`, which holds the user's own data
 * (reference/chartmogul.md §6). This runs on every ChartMogul response, so it is written for speed.
 *
 * Building each object key by key (a dynamic-key store per key) was the largest single cost of a
 * small ChartMogul call after `JSON.parse` (instruction counts under valgrind). Responses repeat a
 * few shapes, so each shape gets a copier compiled once (`new Function`, where the runtime allows
 * it): constant keys in an object literal, the way V8 builds objects fastest. Any object whose keys
 * differ from its shape's copier, in name or order, takes the plain loop, which is the reference.
 */
import { canGenerate } from '../core/codegen.js';
import { camelCase } from '../core/query.js';

/** Keys whose subtrees are user data and are returned exactly as sent. */
const VERBATIM = 'attributes';

type Copier = (source: Record<string, unknown>, camelize: (v: unknown) => unknown) => Record<string, unknown>;

interface Shape {
  keys: string[];
  copy: Copier;
}

/**
 * Compiled shapes by first key, most recently used first. Bounded per first key (every metrics
 * endpoint's entries start with `date`: nine shapes) and in total (ids used as keys never repeat).
 */
const shapes = new Map<string, Shape[]>();
const MAX_PER_FIRST_KEY = 16;
const MAX_SHAPES = 500;
const MAX_KEYS = 200;
let shapeCount = 0;

/** Copies a parsed body with camelCase keys (a new object graph; `attributes` subtrees are shared). */
export function camelizeKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = camelizeKeys(value[i]);
    return out;
  }
  const source = value as Record<string, unknown>;
  const shape = canGenerate() ? shapeOf(source) : undefined;
  return shape ? shape.copy(source, camelizeKeys) : camelizeLoop(source);
}

/** The reference conversion: `for…in` over a JSON object (no inherited enumerable keys). */
function camelizeLoop(source: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in source) {
    const v = key === VERBATIM ? source[key] : camelizeKeys(source[key]);
    // A `__proto__` key in the JSON is data: define it, never assign it (that would set the prototype).
    if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    else out[camelCase(key)] = v;
  }
  return out;
}

/** The compiled copier whose keys are exactly this object's, in order; compiles one if there is room. */
function shapeOf(source: Record<string, unknown>): Shape | undefined {
  let first: string | undefined;
  for (const key in source) {
    first = key;
    break;
  }
  if (first === undefined) return undefined;
  const known = shapes.get(first);
  if (known) {
    for (let i = 0; i < known.length; i++) {
      const shape = known[i]!;
      if (!sameKeys(source, shape.keys)) continue;
      // Move to the front: a body repeats its shapes (every entry of a list has the same keys).
      if (i > 0) known.copyWithin(1, 0, i)[0] = shape;
      return shape;
    }
  }
  if (shapeCount >= MAX_SHAPES || (known?.length ?? 0) >= MAX_PER_FIRST_KEY) return undefined;
  const shape = compile(source);
  if (!shape) return undefined;
  shapeCount++;
  if (known) known.unshift(shape);
  else shapes.set(first, [shape]);
  return shape;
}

function sameKeys(source: Record<string, unknown>, keys: string[]): boolean {
  let i = 0;
  for (const key in source) if (key !== keys[i++]) return false;
  return i === keys.length;
}

function compile(source: Record<string, unknown>): Shape | undefined {
  const keys: string[] = [];
  for (const key in source) {
    // `__proto__` in an object literal would set the prototype: such objects keep the loop.
    if (key === '__proto__' || keys.length === MAX_KEYS) return undefined;
    keys.push(key);
  }
  const fields = keys.map((k) => {
    const from = `s[${JSON.stringify(k)}]`;
    return `${JSON.stringify(camelCase(k))}: ${k === VERBATIM ? from : `c(${from})`}`;
  });
  try {
    const copy = new Function('s', 'c', `return {${fields.join(', ')}};`) as Copier;
    return { keys, copy };
  } catch {
    return undefined;
  }
}
