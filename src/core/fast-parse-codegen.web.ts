/**
 * Edge builds: no generated parsers (see fast-parse-codegen.ts); the closure parsers serve. Workers
 * forbid `new Function`, and leaving the generator out keeps about 1 KiB out of every edge bundle.
 */
import type { ParserCompiler } from './fast-parse.js';
import type { Field, Parser, Rest } from './fast-parse-kit.js';

export class ObjectCodegen {
  constructor(_compiler: ParserCompiler) {}

  object(_fields: Field[], _known: Set<string>, _rest: Rest, _share: boolean): Parser | undefined {
    return undefined;
  }
}
