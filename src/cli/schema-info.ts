/**
 * What the command line needs to know about one parameter schema of the catalog: which kinds of
 * value it accepts (so a command-line string can be turned into one), whether it is a list, whether
 * it is required, and the SDK's own "expected …" text for help. Read from zod's definition objects
 * (`schema._zod.def`), the same way src/core/fast-parse.ts does: the catalogs stay the only source
 * of truth and no endpoint needs command-line code of its own.
 */
import type * as z from 'zod/mini';

/** The kinds of scalar value a schema accepts. `json` covers objects, records and anything untyped. */
export type ValueKind = 'string' | 'number' | 'boolean' | 'date' | 'json';

export interface ParamInfo {
  /** The SDK name (camelCase), as in `client.family.method({ name })`. */
  name: string;
  required: boolean;
  /** An array parameter: repeated flags and comma-separated values are collected. */
  list: boolean;
  /** Kinds of the value (of each element, for a list). */
  kinds: ReadonlySet<ValueKind>;
  /** The accepted form, worded by the SDK (`an integer between 1 and 100`), for help. */
  expected: string;
  /** The values of a closed enum, when the schema lists them. */
  values?: readonly string[];
}

/** The parts of zod's definition objects read here. */
interface Def {
  type: string;
  innerType?: z.ZodMiniType;
  in?: z.ZodMiniType;
  options?: z.ZodMiniType[];
  element?: z.ZodMiniType;
  values?: unknown[];
  entries?: Record<string, string | number>;
  error?: (issue: object) => unknown;
}

const defOf = (schema: z.ZodMiniType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const optIn = (schema: z.ZodMiniType): string | undefined => (schema as unknown as { _zod: { optin?: string } })._zod.optin;

/** Wrappers whose inner schema decides what is accepted. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch', 'exact_optional']);

/** The schema under optional/nullable/default/readonly wrappers and pipes (a pipe accepts what its input accepts). */
export function unwrap(schema: z.ZodMiniType): z.ZodMiniType {
  let s = schema;
  for (let def = defOf(s); ; def = defOf(s)) {
    if (WRAPPERS.has(def.type) && def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else return s;
  }
}

/** The kinds of scalar a schema accepts, looking through unions, pipes and wrappers. */
export function kindsOf(schema: z.ZodMiniType, out = new Set<ValueKind>()): Set<ValueKind> {
  const s = unwrap(schema);
  const def = defOf(s);
  switch (def.type) {
    case 'string':
    case 'enum':
    case 'template_literal':
      out.add('string');
      break;
    case 'number':
    case 'int':
    case 'bigint':
      out.add('number');
      break;
    case 'boolean':
      out.add('boolean');
      break;
    case 'date':
      out.add('date');
      break;
    case 'literal':
      for (const v of def.values ?? []) {
        if (typeof v === 'number') out.add('number');
        else if (typeof v === 'boolean') out.add('boolean');
        else out.add('string');
      }
      break;
    case 'union':
      for (const option of def.options ?? []) kindsOf(option, out);
      break;
    default:
      // object, record, array (nested), unknown, any, transform: given as JSON text.
      out.add('json');
  }
  return out;
}

/** The element schema of an array parameter, or undefined when it is not a list. */
export function listElement(schema: z.ZodMiniType): z.ZodMiniType | undefined {
  const def = defOf(unwrap(schema));
  return def.type === 'array' ? def.element : undefined;
}

/** The "expected …" text the SDK attached to a schema (its param builders all carry one), without "expected ". */
function expectedText(schema: z.ZodMiniType): string | undefined {
  // The outermost schema that carries an error text wins: a pipe's union describes both of its forms.
  const seen: z.ZodMiniType[] = [];
  let s: z.ZodMiniType | undefined = schema;
  while (s && !seen.includes(s)) {
    seen.push(s);
    const def = defOf(s);
    if (typeof def.error === 'function') {
      const r = def.error({});
      const text = typeof r === 'string' ? r : (r as { message?: unknown } | undefined)?.message;
      if (typeof text === 'string' && text) return text.replace(/^expected /, '');
    }
    s = WRAPPERS.has(def.type) ? def.innerType : def.type === 'pipe' ? def.in : def.type === 'union' ? def.options?.[0] : undefined;
  }
  return undefined;
}

/** A fallback description from the kinds, for schemas without an SDK text. */
function describeKinds(kinds: ReadonlySet<ValueKind>): string {
  const words: Record<ValueKind, string> = { string: 'a string', number: 'a number', boolean: 'true or false', date: 'a date', json: 'JSON' };
  return [...kinds].map((k) => words[k]).join(' or ');
}

/** Closed-enum values, when the schema is a `z.enum`. */
function enumValues(schema: z.ZodMiniType): string[] | undefined {
  const def = defOf(unwrap(schema));
  return def.type === 'enum' && def.entries ? Object.values(def.entries).map(String) : undefined;
}

/** Everything the command line needs about one parameter. */
export function paramInfo(name: string, schema: z.ZodMiniType | undefined, { required }: { required?: boolean } = {}): ParamInfo {
  if (!schema) return { name, required: required ?? true, list: false, kinds: new Set(['string', 'number']), expected: 'an id' };
  const element = listElement(schema);
  const kinds = kindsOf(element ?? schema);
  const values = enumValues(element ?? schema);
  const expected = (expectedText(schema) ?? (element ? `a list of ${describeKinds(kinds)}` : describeKinds(kinds)))
    // A Date object is a TypeScript notion: on the command line every date is text.
    .replace(/,? or a Date object/g, '');
  return {
    name,
    required: required ?? optIn(schema) !== 'optional',
    list: Boolean(element),
    kinds,
    expected,
    ...(values ? { values } : {}),
  };
}

/** Whether a parameter is a switch: it accepts nothing but booleans (and 0/1), so `--flag` alone means true. */
export function isSwitch(info: ParamInfo): boolean {
  return !info.list && info.kinds.has('boolean') && !info.kinds.has('string') && !info.kinds.has('json');
}
