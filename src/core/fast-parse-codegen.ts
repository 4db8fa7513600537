/**
 * Code generation for the validation fast path (fast-parse.ts): object parsers written out as
 * JavaScript for one shape, as zod's own JIT does. Only where `new Function` is allowed (Node, by
 * codegen.ts's rule); edge builds swap this module for fast-parse-codegen.web.ts, which generates
 * nothing — Workers forbid code generation anyway, and the generator is about 1 KiB of every edge
 * bundle (issue #15). Everything runs the same parsers in closure form there.
 */
import type * as z from 'zod/mini';
import type { ParserCompiler } from './fast-parse.js';
import { ABSENT, FAIL, Presence, copyRest, isPlainOptional, zodOf, type Field, type Internals, type Parser, type Rest } from './fast-parse-kit.js';

/** Writes object parsers for one compiler (its parsers for the leaves, its sharing rule). */
export class ObjectCodegen {
  readonly #compiler: ParserCompiler;

  constructor(compiler: ParserCompiler) {
    this.#compiler = compiler;
  }

  /**
   * The same parser as `objectClosure` (fast-parse.ts), generated for one shape: constant property names keep V8's
   * property loads monomorphic, and plain leaves (strings, numbers, booleans, optional and nullable
   * wrappers) are checked inline instead of through a call — what zod's own JIT does for objects.
   *
   * With `share` (`shareUnchanged`), each field's result goes to a local first. When every key of
   * the input stays in the output (none beyond the shape, or a loose object), the result is the
   * input itself if every value came back as it was, else a spread copy of it with the changed
   * values written over (V8 copies a spread in one step, where building key by key was half of a
   * 200-row chart's validation); both keep the input's key order. Otherwise, and always without
   * `share`, the output is built key by key in zod's order.
   */
  object(fields: Field[], known: Set<string>, rest: Rest, share: boolean): Parser | undefined {
    const code: CodeContext = { parsers: [], patterns: [], names: 0 };
    const lines = ['if (typeof input !== "object" || input === null || Array.isArray(input)) return FAIL;', `let v, r, n = 0${share ? ', same = true' : ''};`];
    // Where field i's result goes: a local (`share`), or straight into the output.
    const slot = (i: number) => (share ? `f${i}` : `out[${JSON.stringify(fields[i]!.key)}]`);
    const changed = share ? ' if (r !== v) same = false;' : '';
    if (!share) lines.push('const out = {};');
    else if (fields.length) lines.push(`let ${fields.map((_, i) => `f${i} = ABSENT`).join(', ')};`);
    fields.forEach((field, i) => {
      const k = JSON.stringify(field.key);
      const check = this.#inline(field.schema, code);
      lines.push(`v = input[${k}];`);
      // `n` counts the shape's keys present in the input (see the end).
      if (field.presence === Presence.Omittable) lines.push(`if (v !== undefined || ${k} in input) { ${check} ${slot(i)} = r; n++;${changed} }`);
      else if (field.presence === Presence.Required) lines.push(`if (v === undefined && !(${k} in input)) return FAIL;`, `${check} ${slot(i)} = r; n++;${changed}`);
      else lines.push(`${check} if (${k} in input) { ${slot(i)} = r; n++;${changed} } else if (r !== undefined) { ${slot(i)} = r;${share ? ' same = false;' : ''} }`);
    });
    // Most bodies carry no key beyond the shape. Counting the input's keys proves that without a
    // set lookup per key; only then is the rest walked. `in` also sees inherited names, so the count
    // is exact only when no shape key is a name on Object.prototype (such shapes always walk, and
    // never share).
    const countable = fields.every((f) => !(f.key in Object.prototype));
    if (share) {
      // A loose object keeps every key but `__proto__`, which zod never copies and a spread would.
      const keepsAll = rest === 'unknown' ? 'keys === n || !Object.prototype.hasOwnProperty.call(input, "__proto__")' : 'keys === n';
      lines.push('let keys = 0;', 'for (const _ in input) keys++;', `if (${keepsAll}) {`, 'if (same) return input;', 'const copy = { ...input };');
      fields.forEach((field, i) => lines.push(`if (f${i} !== ABSENT && f${i} !== input[${JSON.stringify(field.key)}]) copy[${JSON.stringify(field.key)}] = f${i};`));
      lines.push('return copy;', '}', 'const out = {};', ...fields.map((field, i) => `if (f${i} !== ABSENT) out[${JSON.stringify(field.key)}] = f${i};`));
    } else if (rest !== 'strip' && countable) {
      lines.push('let keys = 0;', 'for (const _ in input) keys++;', 'if (keys === n) return out;');
    }
    lines.push(rest === 'strip' ? 'return out;' : 'return copyRest(input, out, known, rest);');
    try {
      const factory = new Function('FAIL', 'ABSENT', 'P', 'R', 'copyRest', 'known', 'rest', `return function parseObject(input) {\n${lines.join('\n')}\n};`);
      return factory(FAIL, ABSENT, code.parsers, code.patterns, copyRest, known, rest) as Parser;
    } catch {
      return undefined;
    }
  }

  /**
   * Statements that set `r` from the variable `input`, or run `fail` (`return FAIL;`, or inside a
   * union a `break` to the next option). Plain leaves, optional/nullable wrappers, regex-checked
   * strings, arrays, pipes and unions of those are written out; anything else is a call to its parser.
   */
  #inline(schema: z.ZodMiniType, code: CodeContext, input = 'v', fail = 'return FAIL;'): string {
    const zod = zodOf(schema);
    const def = zod.def;
    const call = () => {
      code.parsers.push(this.#compiler.parser(schema));
      return `r = P[${code.parsers.length - 1}](${input}); if (r === FAIL) ${fail}`;
    };
    if (zod.traits.has('$ZodCheck') || def.coerce) return call();
    if (def.checks?.length) return def.type === 'string' ? (this.#inlineRegexString(zod, code, input, fail) ?? call()) : call();
    switch (def.type) {
      case 'string':
        return `if (typeof ${input} !== "string") ${fail} r = ${input};`;
      case 'number':
        // `x - x !== 0` holds for NaN and ±Infinity: zod's finite-number rule.
        return `if (typeof ${input} !== "number" || ${input} - ${input} !== 0) ${fail} r = ${input};`;
      case 'boolean':
        return `if (typeof ${input} !== "boolean") ${fail} r = ${input};`;
      case 'unknown':
      case 'any':
        return `r = ${input};`;
      case 'nullable':
        return `if (${input} === null) { r = null; } else { ${this.#inline(def.innerType as z.ZodMiniType, code, input, fail)} }`;
      case 'optional':
        if (!isPlainOptional(zod)) return call();
        return `if (${input} === undefined) { r = undefined; } else { ${this.#inline(def.innerType as z.ZodMiniType, code, input, fail)} }`;
      case 'array': {
        const [list, out, i] = [`a${code.names}`, `b${code.names}`, `i${code.names++}`];
        const element = this.#inline(def.element as z.ZodMiniType, code, `${list}[${i}]`, fail);
        // As in `#array`: sharing, the copy starts at the first element that changes.
        return (
          `if (!Array.isArray(${input})) ${fail} ` +
          `{ const ${list} = ${input}; let ${out} = ${this.#compiler.shareUnchanged ? 'undefined' : `new Array(${list}.length)`}; ` +
          `for (let ${i} = 0; ${i} < ${list}.length; ${i}++) { ${element} ` +
          `if (${out} !== undefined) ${out}[${i}] = r; else if (r !== ${list}[${i}]) { ${out} = ${list}.slice(0, ${i}); ${out}[${i}] = r; } } ` +
          `r = ${out} === undefined ? ${list} : ${out}; }`
        );
      }
      case 'pipe': {
        if (!zod.traits.has('$ZodPipe') || zod.traits.has('$ZodCodec')) return call();
        const mid = `t${code.names++}`;
        return `${this.#inline(def.in as z.ZodMiniType, code, input, fail)} { const ${mid} = r; ${this.#inline(def.out as z.ZodMiniType, code, mid, fail)} }`;
      }
      case 'union': {
        if (zod.traits.has('$ZodXor') || zod.traits.has('$ZodDiscriminatedUnion') || def.inclusive === false) return call();
        // The first option that accepts wins, as in zod: each option breaks to the next when it fails.
        const done = `u${code.names++}`;
        const options = (def.options as z.ZodMiniType[]).map((option) => {
          const next = `o${code.names++}`;
          return `${next}: { ${this.#inline(option, code, input, `break ${next};`)} break ${done}; }`;
        });
        return `${done}: { ${options.join(' ')} ${fail} }`;
      }
      default:
        return call();
    }
  }

  /** A string checked only by regexes (lenient numbers, ids), written out; undefined for other checks. */
  #inlineRegexString(zod: Internals, code: CodeContext, input: string, fail: string): string | undefined {
    const tests: string[] = [];
    for (const check of (zod.def.checks as z.ZodMiniType[]).map(zodOf)) {
      if (!check.traits.has('$ZodCheckRegex') || check.def.when || !(check.def.pattern instanceof RegExp)) return undefined;
      code.patterns.push(check.def.pattern);
      const p = `R[${code.patterns.length - 1}]`;
      // As zod's regex check: reset `lastIndex` (global patterns), then test.
      tests.push(`${p}.lastIndex = 0; if (!${p}.test(${input})) ${fail}`);
    }
    return `if (typeof ${input} !== "string") ${fail} ${tests.join(' ')} r = ${input};`;
  }
}

/** What one generated parser refers to: parsers it calls, patterns it tests, and a counter for labels. */
interface CodeContext {
  parsers: Parser[];
  patterns: RegExp[];
  names: number;
}

