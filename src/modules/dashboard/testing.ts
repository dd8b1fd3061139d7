/** Test helpers: every figure of a dashboard answer (contributed ones included) checked against the list it links to. */
import { expect } from 'vitest';
import type { TestClient } from '../../../test/support/http.ts';

interface Found {
  path: string;
  count: number;
  list: string;
}

/** Every `{ count, list }` in an answer, with where it sits. */
export function figuresIn(x: unknown, path = ''): Found[] {
  if (Array.isArray(x)) return x.flatMap((v, i) => figuresIn(v, `${path}[${i}]`));
  if (x === null || typeof x !== 'object') return [];
  const o = x as Record<string, unknown>;
  const here = typeof o.count === 'number' && typeof o.list === 'string' ? [{ path, count: o.count, list: o.list }] : [];
  return [...here, ...Object.entries(o).flatMap(([k, v]) => (k === 'items' ? [] : figuresIn(v, `${path}.${k}`)))];
}

/** Opens every figure's list and compares its total; returns how many were checked. */
export async function expectFiguresMatchLists(client: TestClient, answer: unknown): Promise<number> {
  const found = figuresIn(answer);
  const seen = new Map<string, number>();
  for (const f of found) {
    // The ledger's own figures open /api/tasks; the problems module's /api/problems; the party organizations' /api/party-orgs/….
    expect(/^\/api\/(tasks|problems|party-orgs(\/[a-z-]+)*)(\?|$)/.test(f.list), `${f.path}: ${f.list}`).toBe(true);
    let total = seen.get(f.list);
    if (total === undefined) {
      const res = await client.get(`${f.list}${f.list.includes('?') ? '&' : '?'}pageSize=1`);
      expect(res.statusCode, `${f.path} ${f.list} ${res.body}`).toBe(200);
      total = res.json().total as number;
      seen.set(f.list, total);
    }
    expect(f.count, `${f.path}: ${f.list}`).toBe(total);
  }
  return found.length;
}
