/** Query and path parameters, checked up front: a bad one is a 400 naming the parameter. */
import { HTTPException } from 'hono/http-exception';
import type { ClaimFilter } from '../store/claims.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

export function badRequest(message: string): HTTPException {
  return new HTTPException(400, { message });
}

export function notFound(what: string): HTTPException {
  return new HTTPException(404, { message: `${what} not found` });
}

export function parseId(value: string, name = 'id'): number {
  if (!/^\d{1,9}$/u.test(value)) throw badRequest(`${name} must be a positive whole number, got '${value.slice(0, 40)}'`);
  return Number(value);
}

export function parseLimit(value: string | undefined, fallback: number, max: number, name = 'limit'): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max) throw badRequest(`${name} must be a whole number from 0 to ${max}, got '${value.slice(0, 40)}'`);
  return n;
}

/** The claims filters from a query string; empty values mean "any" (what an HTML form sends). */
export function parseClaimFilter(query: Record<string, string>): ClaimFilter {
  const text = (name: string): string | undefined => {
    const v = query[name]?.trim();
    if (!v) return undefined;
    if (v.length > 200) throw badRequest(`${name} is longer than 200 characters`);
    return v;
  };
  const day = (name: string): string | undefined => {
    const v = text(name);
    if (v !== undefined && !DAY.test(v)) throw badRequest(`${name} must be a date YYYY-MM-DD, got '${v.slice(0, 40)}'`);
    return v;
  };
  const filter: Record<string, string | number> = {};
  for (const name of ['source', 'outlet', 'status'] as const) {
    const v = text(name);
    if (v !== undefined) filter[name] = v;
  }
  for (const name of ['since', 'until'] as const) {
    const v = day(name);
    if (v !== undefined) filter[name] = v;
  }
  filter['limit'] = parseLimit(query['limit'], 200, 1000);
  filter['offset'] = parseLimit(query['offset'], 0, 1_000_000, 'offset');
  return filter as ClaimFilter;
}
