/**
 * A fast path for validation (responses, and the params of every call). zod spends most of a large
 * response's parse in generic machinery around tiny checks (a payload object per field, a union and
 * a pipe for every lenient number): a 200-row chart took longer to validate than to `JSON.parse`,
 * and checking a call's three params cost more than serializing them. This module compiles a zod
 * schema once into parsers that make the same checks and build the same output, and answer `FAIL`
 * whenever zod would report an issue.
 *
 * It never decides a failure on its own: `FAIL` sends the caller back to zod, which produces the
 * real issues. Every node kind is either reproduced exactly (string, number, boolean, literal,
 * unknown, optional, nullable, array, object, union, pipe, transform — zod 4's rules for key
 * presence, key order and first-match unions included; checks run through zod's own check
 * functions) or delegated to zod for that subtree (records, defaults, coercion, anything else), so
 * results are zod's. (Response bodies differ in one way only: what does not change is not copied,
 * so objects keep the body's key order; see `shareUnchanged`.)
 * test/core/fast-parse.test.ts compares both on every catalog endpoint's sandbox response and on
 * mutated copies of them, with and without code generation.
 */
import { canGenerate } from './codegen.js';
import { ObjectCodegen } from './fast-parse-codegen.js';
import { FAIL, Presence, copyRest, hasChecks, isPlainOptional, zodOf, type Field, type Internals, type Parser, type Payload, type Rest } from './fast-parse-kit.js';
import type * as z from 'zod/mini';

export { FAIL, type Parser } from './fast-parse-kit.js';

/** A subtree zod parses itself (exact by definition). */
function delegate(schema: z.ZodMiniType): Parser {
  return (value) => {
    const r = schema.safeParse(value);
    return r.success ? r.data : FAIL;
  };
}

/** Compiles schemas into parsers, each built once. */
export class ParserCompiler {
  #cache = new WeakMap<z.ZodMiniType, Parser>();
  #codegen: ObjectCodegen | undefined;
  /** Generate code for objects (fast), or use closures only (runtimes that forbid `new Function`). */
  readonly generate: boolean;
  /**
   * Return an input array or object itself when nothing in it changes, instead of a copy as zod
   * makes, and copy a changed object by spreading it: same values and keys as zod's output, in the
   * input's key order (zod lists the shape's keys first). Only for values that nothing else holds:
   * response bodies, which the pipeline has just parsed from text, where building copies key by key
   * was half of a 200-row chart's validation. Never for a caller's params, which the caller may
   * change later.
   */
  readonly shareUnchanged: boolean;

  constructor(generate: boolean, { shareUnchanged = false }: { shareUnchanged?: boolean } = {}) {
    this.generate = generate;
    this.shareUnchanged = shareUnchanged;
  }

  parser(schema: z.ZodMiniType): Parser {
    let parser = this.#cache.get(schema);
    if (!parser) {
      parser = this.#build(schema);
      this.#cache.set(schema, parser);
    }
    return parser;
  }

  #build(schema: z.ZodMiniType): Parser {
    const zod = zodOf(schema);
    // A schema that is itself a check (`z.custom`), or that coerces its input: zod does it.
    if (zod.traits.has('$ZodCheck') || zod.def.coerce) return delegate(schema);
    const unchecked = this.#unchecked(schema, zod);
    if (!unchecked) return delegate(schema);
    const checks = ((zod.def.checks ?? []) as z.ZodMiniType[]).map(zodOf);
    return checks.length ? withChecks(unchecked, checks) : unchecked;
  }

  /** The parser of a schema's type without its checks; undefined when zod should parse the whole schema. */
  #unchecked(schema: z.ZodMiniType, zod: Internals): Parser | undefined {
    const def = zod.def;
    if (def.type === 'array') return this.#array(zod);
    if (def.type === 'object') return this.#object(zod);
    if (def.type === 'union') return this.#union(zod);
    switch (def.type) {
      case 'string':
        return (v) => (typeof v === 'string' ? v : FAIL);
      case 'number':
        return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : FAIL);
      case 'boolean':
        return (v) => (typeof v === 'boolean' ? v : FAIL);
      case 'unknown':
      case 'any':
        return (v) => v;
      case 'literal': {
        const values = zod.values;
        if (!values) return undefined;
        return (v) => (values.has(v) ? v : FAIL);
      }
      case 'optional': {
        if (!isPlainOptional(zod)) return undefined;
        const parse = this.parser(def.innerType as z.ZodMiniType);
        return (v) => (v === undefined ? undefined : parse(v));
      }
      case 'nullable': {
        const parse = this.parser(def.innerType as z.ZodMiniType);
        return (v) => (v === null ? null : parse(v));
      }
      case 'pipe': {
        if (!zod.traits.has('$ZodPipe') || zod.traits.has('$ZodCodec')) return undefined;
        const left = this.parser(def.in as z.ZodMiniType);
        const right = this.parser(def.out as z.ZodMiniType);
        return (v) => {
          const l = left(v);
          return l === FAIL ? FAIL : right(l);
        };
      }
      case 'transform':
        return transform(def.transform as (value: unknown, payload: { value: unknown; issues: unknown[] }) => unknown);
      default:
        return undefined;
    }
  }

  #array(zod: Internals): Parser {
    const element = this.parser(zod.def.element as z.ZodMiniType);
    const share = this.shareUnchanged;
    return (v) => {
      if (!Array.isArray(v)) return FAIL;
      // Sharing, the copy starts at the first element that parses to something else.
      let out = share ? undefined : new Array<unknown>(v.length);
      for (let i = 0; i < v.length; i++) {
        const r = element(v[i]);
        if (r === FAIL) return FAIL;
        if (out) out[i] = r;
        else if (r !== v[i]) (out = v.slice(0, i))[i] = r;
      }
      return out ?? v;
    };
  }

  #union(zod: Internals): Parser | undefined {
    // Exclusive and discriminated unions choose differently: zod does those.
    if (zod.traits.has('$ZodXor') || zod.traits.has('$ZodDiscriminatedUnion') || zod.def.inclusive === false) return undefined;
    const options = (zod.def.options as z.ZodMiniType[]).map((o) => this.parser(o));
    if (options.length === 1) return options[0]!;
    // zod returns the first option that succeeds; each compiled option fails exactly when zod's does.
    return (v) => {
      for (const option of options) {
        const r = option(v);
        if (r !== FAIL) return r;
      }
      return FAIL;
    };
  }

  #object(zod: Internals): Parser | undefined {
    const def = zod.def;
    const shape = def.shape as Record<string, z.ZodMiniType>;
    if (Object.getOwnPropertySymbols(shape).length) return undefined;
    const catchall = def.catchall as z.ZodMiniType | undefined;
    const rest = (catchall ? zodOf(catchall).def.type : 'strip') as Rest;
    if (rest !== 'unknown' && rest !== 'never' && rest !== 'strip') return undefined;
    if (catchall && hasChecks(zodOf(catchall))) return undefined;
    const fields: Field[] = [];
    for (const key of Object.keys(shape)) {
      if (key === '__proto__') continue; // zod never copies it into the output
      const field = zodOf(shape[key]!);
      if (field.optin === 'defaulted') return undefined;
      const presence = field.optin === undefined ? Presence.Required : field.optout === 'optional' ? Presence.Omittable : Presence.OptionalIn;
      fields.push({ key, schema: shape[key]!, parse: this.parser(shape[key]!), presence });
    }
    const known = new Set(Object.keys(shape));
    // Sharing an unchanged object needs the key count to prove it has no key beyond the shape, and
    // `in` (which the count relies on) also sees inherited names: such shapes always build.
    const share = this.shareUnchanged && fields.every((f) => !(f.key in Object.prototype)) && !known.has('__proto__');
    return (this.generate && (this.#codegen ??= new ObjectCodegen(this)).object(fields, known, rest, share)) || objectClosure(fields, known, rest, share);
  }

}

/**
 * A schema's checks, run by zod's own check functions in zod's order (`runChecks` in zod's
 * schemas.js): each check's `when` guard first, one payload shared so that value-replacing checks
 * (trim, lowercase) chain as in zod. Any issue is FAIL; an async check is FAIL too (zod throws).
 */
function withChecks(parse: Parser, checks: Internals[]): Parser {
  return (v) => {
    const value = parse(v);
    if (value === FAIL) return FAIL;
    const payload: Payload = { value, issues: [] };
    for (const check of checks) {
      const when = check.def.when as ((p: Payload) => boolean) | undefined;
      if (when && !when(payload)) continue;
      if (!check.check || check.check(payload) instanceof Promise || payload.issues.length) return FAIL;
    }
    return payload.value;
  };
}

function transform(fn: (value: unknown, payload: { value: unknown; issues: unknown[] }) => unknown): Parser {
  // A transform of one parameter (and no `arguments`) cannot add issues: skip building its payload.
  if (fn.length < 2 && !/\barguments\b/.test(String(fn))) {
    return (v) => {
      const out = fn(v, undefined as never);
      // zod throws on an async transform in a sync parse; FAIL lets zod do exactly that.
      return out instanceof Promise ? FAIL : out;
    };
  }
  return (v) => {
    const payload = { value: v, issues: [] as unknown[] };
    const out = fn(v, payload);
    return payload.issues.length || out instanceof Promise ? FAIL : out;
  };
}

/** The portable object parser, for runtimes that forbid code generation (`share`: as the generated one, fast-parse-codegen.ts). */
function objectClosure(fields: Field[], known: Set<string>, rest: Rest, share: boolean): Parser {
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;
    const input = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    let same = true;
    let present = 0;
    for (const { key, parse, presence } of fields) {
      const has = key in input;
      if (!has && presence === Presence.Required) return FAIL;
      if (!has && presence === Presence.Omittable) continue;
      const r = parse(input[key]);
      if (r === FAIL) return FAIL;
      if (has) {
        out[key] = r;
        present++;
        if (r !== input[key]) same = false;
      } else if (r !== undefined) {
        // Optional in, not out (a transform after an optional): set when it produced a value.
        out[key] = r;
        same = false;
      }
    }
    if (share) {
      let keys = 0;
      for (const _ in input) keys++;
      // As in the generated parser with `share`: the input itself, or a spread copy with the changes.
      if (keys === present || (rest === 'unknown' && !Object.hasOwn(input, '__proto__'))) {
        if (same) return input;
        const copy: Record<string, unknown> = { ...input };
        for (const { key } of fields) if (key in out && out[key] !== input[key]) copy[key] = out[key];
        return copy;
      }
    }
    return rest === 'strip' ? out : copyRest(input, out, known, rest);
  };
}

let forParams: ParserCompiler | undefined;
let forResponses: ParserCompiler | undefined;

/**
 * Parses like `schema.safeParse(value)` when that succeeds; `FAIL` when zod would fail or throw.
 * `response: true` is for a body the pipeline has just parsed and owns: unchanged arrays are then
 * shared with the input instead of copied (same values, same keys, same order).
 */
export function fastParse(schema: z.ZodMiniType, value: unknown, { response = false }: { response?: boolean } = {}): unknown {
  // Created on first use, not at import: deciding whether code generation is allowed probes `new Function`.
  const compiler = response
    ? (forResponses ??= new ParserCompiler(canGenerate(), { shareUnchanged: true }))
    : (forParams ??= new ParserCompiler(canGenerate()));
  try {
    return compiler.parser(schema)(value);
  } catch {
    return FAIL;
  }
}
