// What a call's input may be, whichever channel brought it: JSON's values only. The local host
// parses JSON; Electron's window posts by structured clone, which also carries keys set to
// `undefined`, Dates, Maps, NaN and empty slots in lists. Left as they are, those reach the
// contract's parsers and handlers in shapes JSON could never produce (a partial update whose one
// key is `undefined` passed "something to change" and failed in the database as INTERNAL). Here
// both channels are made to mean the same: a key set to `undefined` is dropped, as JSON drops
// it, and any other value JSON cannot carry is refused by its path.
import type { FieldIssue } from '../../shared/contract/errors';

/** Deeper than any input in the contract (a few levels), shallow enough never to exhaust the stack. */
export const MAX_INPUT_DEPTH = 32;

export type WireInput = { ok: true; value: unknown } | { ok: false; issue: FieldIssue };

class Refused extends Error {
  constructor(readonly issue: FieldIssue) {
    super(issue.message);
  }
}

/** The input as JSON would have delivered it, or the first value JSON could not carry. */
export function toWireInput(input: unknown): WireInput {
  try {
    return { ok: true, value: copy(input, [], 0) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, issue: error.issue };
    throw error;
  }
}

function copy(value: unknown, path: readonly (string | number)[], depth: number): unknown {
  const refuse = (message: string): never => {
    throw new Refused({ path: path.join('.') || '(input)', message });
  };
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  // Reached only inside a list: an object's keys set to `undefined` are dropped before this.
  if (value === undefined) return refuse('A list cannot hold an empty value');
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : refuse('Must be a finite number');
  }
  if (typeof value !== 'object') return refuse('Must be text, a number, true/false, a list or an object');
  if (depth >= MAX_INPUT_DEPTH) return refuse(`Nested more than ${MAX_INPUT_DEPTH} levels deep`);
  if (Array.isArray(value)) {
    const list: unknown[] = [];
    for (let i = 0; i < value.length; i++) list.push(copy(value[i], [...path, i], depth + 1));
    return list;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) {
    return refuse('Must be text, a number, true/false, a list or an object (not a date, map or set)');
  }
  const object: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    // Defined, not assigned: a key named "__proto__" stays a plain key, as JSON.parse leaves it.
    Object.defineProperty(object, key, {
      value: copy(item, [...path, key], depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return object;
}
