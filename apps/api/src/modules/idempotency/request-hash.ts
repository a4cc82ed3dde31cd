import { createHash } from 'crypto';
import { validationProblem } from '../../common/filters/problem';

/**
 * sha256 (hex) of a parsed JSON body with object keys sorted: a client that rebuilds the same
 * body with its properties in another order is retrying, not sending something else.
 */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body, 0)).digest('hex');
}

/** Deeper than any body the API takes; a deeper one would overflow the stack below. */
const MAX_DEPTH = 64;

function canonicalJson(value: unknown, depth: number): string {
  if (depth > MAX_DEPTH) throw validationProblem([{ field: 'body', message: `is nested more than ${MAX_DEPTH} levels deep` }]);
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item, depth + 1)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v, depth + 1)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
