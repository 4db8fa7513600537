/**
 * What several Chartmetric wire-case files use: views of a method's typed result (the wire suites
 * hand `check` an `unknown`) and the number check for fields the API sends as strings.
 */
import { expect } from 'vitest';
import type { ItemOf, ResultOf } from '../../../src/core/endpoint.js';

/** The typed result of a plain method. */
export const as = <E>(r: unknown) => r as ResultOf<E>;
/** The first page of a paginated method. */
export const first = <E>(r: unknown) => r as { items: ItemOf<E>[]; data: ResultOf<E> };
/** A number after parsing (many counters arrive as strings, reference §6.5). */
export const isNum = (v: unknown) => expect(typeof v).toBe('number');
