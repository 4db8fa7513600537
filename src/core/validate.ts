/**
 * Parameter validation (before anything is sent) and response validation (per the client's
 * `validation` mode). Both turn zod issues into messages that name the field and the accepted form.
 */
import * as z from 'zod/mini';
import type { AnyEndpoint } from './endpoint.js';
import { pathParamNames } from './endpoint.js';
import { InvalidParamsError, type ParamIssue } from './errors.js';
import { FAIL, fastParse } from './fast-parse.js';

const show = (v: unknown) => {
  if (v instanceof Date) return `Date(${Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString()})`;
  const s = typeof v === 'string' ? JSON.stringify(v) : typeof v === 'function' ? 'a function' : (JSON.stringify(v) ?? String(v));
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

function pathString(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const k of path) v = v == null ? undefined : (v as Record<PropertyKey, unknown>)[k];
  return v;
}

/** zod/mini ships no messages (every issue says this); the issue's own fields say what was expected. */
const NO_MESSAGE = 'Invalid input';
/** The pattern of `num()` in schema.ts: a number sent as text. */
const NUMERIC_PATTERN = String(/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i);

const withArticle = (type: string) => (type === 'null' || type === 'undefined' ? type : `a${/^[aeiou]/.test(type) ? 'n' : ''} ${type}`);

/** What a value is, in words: `a string`, `an array`, `null`, `nothing` (missing). */
const kindOf = (v: unknown) => (v === undefined ? 'nothing' : v === null ? 'null' : withArticle(Array.isArray(v) ? 'array' : typeof v));

/** What an issue expected, in words, built from zod's issue fields (`expected`, `values`, `minimum`, …). */
function expectation(i: z.core.$ZodIssue): string {
  switch (i.code) {
    case 'invalid_type':
      return withArticle(i.expected);
    case 'invalid_value':
      return i.values.map(show).join(' or ');
    case 'too_small':
    case 'too_big': {
      const unit = i.origin === 'string' ? ' characters' : i.origin === 'array' ? ' items' : '';
      return `${i.code === 'too_small' ? 'at least' : 'at most'} ${i.code === 'too_small' ? i.minimum : i.maximum}${unit}`;
    }
    case 'invalid_format':
      return i.pattern === NUMERIC_PATTERN ? 'a number or a numeric string' : `a string matching ${i.pattern ?? i.format}`;
    case 'invalid_union':
      // Each alternative's own top-level issue says what that alternative expected.
      return [...new Set(i.errors.flatMap((e) => (e[0]?.path.length === 0 ? expectation(e[0]).split(' or ') : [])))].join(' or ') || 'another form';
    default:
      return 'another value';
  }
}

/** The issue's own message, or one built from its fields ("expected an array"). */
const expectedText = (i: z.core.$ZodIssue) => (i.message !== NO_MESSAGE ? i.message : `expected ${expectation(i)}`);

function issuesOf(error: z.core.$ZodError, input: unknown, prefix = ''): ParamIssue[] {
  return error.issues.flatMap((i): ParamIssue[] => {
    if (i.code === 'unrecognized_keys') {
      return i.keys.map((k) => ({ param: prefix + k, message: 'is not a parameter of this method' }));
    }
    const param = prefix + pathString(i.path);
    const got = valueAt(input, i.path);
    if (got === undefined) return [{ param, message: `is required: ${expectedText(i)}` }];
    return [{ param, message: `${expectedText(i)} (got ${show(got)})` }];
  });
}

/** A response issue: what was expected and what came (`expected an array, got a string`). */
function responseIssue(i: z.core.$ZodIssue, data: unknown): string {
  const got = valueAt(data, i.path);
  const scalar = got !== undefined && (typeof got !== 'object' || got === null);
  // A type mismatch names the type; a union also shows the value; a wrong value shows it.
  const shown = i.code === 'invalid_type' || !scalar ? kindOf(got) : i.code === 'invalid_union' && got !== null ? `${kindOf(got)} (${show(got)})` : show(got);
  return `${expectedText(i)}, got ${shown}`;
}

const pathNames = new WeakMap<AnyEndpoint, string[]>();

/** The path template's placeholder names, parsed once per endpoint (every call needs them). */
export function pathParamsOf(endpoint: AnyEndpoint): string[] {
  let names = pathNames.get(endpoint);
  if (!names) pathNames.set(endpoint, (names = pathParamNames(endpoint.path)));
  return names;
}

/** zod's parse of a params object: the fast path when it accepts, zod itself for the issues. */
function parseParams(schema: z.ZodMiniType, value: Record<string, unknown>): { success: true; data: unknown } | { success: false; error: z.core.$ZodError } {
  const fast = fastParse(schema, value);
  if (fast !== FAIL) return { success: true, data: fast };
  return schema.safeParse(value) as { success: true; data: unknown } | { success: false; error: z.core.$ZodError };
}

export interface ValidatedParams {
  path: Record<string, unknown>;
  query: Record<string, unknown> | undefined;
  body: Record<string, unknown> | undefined;
}

/** Whether a message already starts with its parameter's name (cross-parameter checks write whole sentences). */
const namesItself = (i: ParamIssue) => /^["`]?([A-Za-z][\w.[\]]*)/.exec(i.message)?.[1] === i.param;

function fail(endpoint: AnyEndpoint, issues: ParamIssue[]): never {
  const lines = issues.map((i) => (namesItself(i) ? i.message : `"${i.param}" ${i.message}`));
  throw new InvalidParamsError(
    `Invalid parameters for ${endpoint.id} (${endpoint.method} ${endpoint.path}): ${lines.join('; ')}. Nothing was sent.`,
    issues,
  );
}

/** Validates and normalizes a method's arguments; throws `InvalidParamsError` naming every bad parameter. */
export function validateParams(endpoint: AnyEndpoint, pathArgs: unknown[], params: unknown): ValidatedParams {
  const issues: ParamIssue[] = [];
  const path: Record<string, unknown> = {};
  pathParamsOf(endpoint).forEach((name, i) => {
    const value = pathArgs[i];
    const schema = endpoint.pathParams?.[name];
    if (value === undefined || value === null || value === '') {
      issues.push({ param: name, message: 'is required (a path parameter)' });
      return;
    }
    if (!schema) {
      if (typeof value !== 'string' && typeof value !== 'number') issues.push({ param: name, message: `expected a string or number id (got ${show(value)})` });
      else path[name] = value;
      return;
    }
    const r = schema.safeParse(value);
    if (r.success) path[name] = r.data;
    else issues.push(...issuesOf(r.error, value).map((x) => ({ ...x, param: name })));
  });

  let query: Record<string, unknown> | undefined;
  let body: Record<string, unknown> | undefined;
  if (endpoint.query || endpoint.body) {
    if (params !== undefined && (params === null || typeof params !== 'object' || Array.isArray(params))) {
      issues.push({ param: 'params', message: `expected an object of parameters (got ${show(params)})` });
    } else {
      const given = (params ?? {}) as Record<string, unknown>;
      const q: Record<string, unknown> = {};
      const b: Record<string, unknown> = {};
      const qShape = endpoint.query?.def.shape ?? {};
      const bShape = endpoint.body?.def.shape ?? {};
      for (const key of Object.keys(given)) {
        if (given[key] === undefined) continue;
        if (key in qShape) q[key] = given[key];
        else if (key in bShape) b[key] = given[key];
        else issues.push({ param: key, message: `is not a parameter of this method (accepted: ${[...Object.keys(qShape), ...Object.keys(bShape)].join(', ') || 'none'})` });
      }
      if (endpoint.query) {
        const r = parseParams(endpoint.query, q);
        if (r.success) query = r.data as Record<string, unknown>;
        else issues.push(...issuesOf(r.error, q));
      }
      if (endpoint.body) {
        const r = parseParams(endpoint.body, b);
        if (r.success) body = r.data as Record<string, unknown>;
        else issues.push(...issuesOf(r.error, b));
      }
    }
  }
  if (issues.length === 0 && endpoint.checks) {
    const all = { ...path, ...query, ...body };
    for (const check of endpoint.checks) {
      const problem = check(all);
      if (problem) issues.push({ param: problem.match(/^["`]?([A-Za-z][\w.[\]]*)/)?.[1] ?? 'params', message: problem });
    }
  }
  if (issues.length) fail(endpoint, issues);
  return { path, query, body };
}

export interface ValidationOutcome {
  ok: boolean;
  data: unknown;
  issues: Array<{ path: string; message: string }>;
}

/**
 * Checks an unwrapped body against a response schema. The compiled fast path (fast-parse.ts)
 * answers every body zod accepts, with zod's output (values and keys; what is unchanged is the body's
 * own, in its key order); anything else goes to zod for its issues.
 */
export function validateResponse(schema: z.ZodMiniType, data: unknown): ValidationOutcome {
  const fast = fastParse(schema, data, { response: true });
  if (fast !== FAIL) return { ok: true, data: fast, issues: [] };
  const r = schema.safeParse(data);
  if (r.success) return { ok: true, data: r.data, issues: [] };
  return {
    ok: false,
    data,
    issues: r.error.issues.slice(0, 20).map((i) => ({ path: pathString(i.path) || '(root)', message: responseIssue(i, data) })),
  };
}
