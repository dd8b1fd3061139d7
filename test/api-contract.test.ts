import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestContext, type TestContext } from './support/db.ts';
import { testApp } from './support/http.ts';

/**
 * Routes still without a response schema, listed by `METHOD path` so this list only ever shrinks.
 * Empty: every route declares one; keep it so.
 */
const pending = new Set<string>([]);

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> } | undefined>;
}

/** Every operation of the OpenAPI document with the success statuses it declares. */
function operations(doc: { paths: Record<string, Record<string, Operation>> }) {
  return Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })));
}

const isSuccess = (status: string) => /^2/.test(status);
const hasBody = (r: Operation['responses'] extends Record<string, infer R> | undefined ? R : never) =>
  !!r && Object.values(r.content ?? {}).some((c) => c?.schema !== undefined);

// The document is the same on both databases: one dialect is enough here.
describe('the OpenAPI document of the registered modules', () => {
  let t: TestContext;
  let app: FastifyInstance;
  let doc: { paths: Record<string, Record<string, Operation>> };
  beforeAll(async () => {
    t = await openTestContext('sqlite');
    app = await testApp(t.ctx);
    await app.ready();
    // The same document /api/docs/json serves to logged-in users.
    doc = app.swagger() as unknown as typeof doc;
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  it('declares a response schema for the success status of every operation', () => {
    const ops = operations(doc).filter((o) => o.key.includes(' /api/') && !o.key.startsWith('GET /api/docs'));
    expect(ops.length).toBeGreaterThan(50);
    const missing = ops
      .filter(({ key }) => !pending.has(key))
      .filter(({ op }) => {
        const success = Object.entries(op.responses ?? {}).filter(([status]) => isSuccess(status));
        // 204 answers have no body by definition; any other success status needs a schema.
        return success.length === 0 || success.some(([status, r]) => status !== '204' && !hasBody(r));
      })
      .map((o) => o.key);
    expect(missing).toEqual([]);
  });

  it('keeps the pending list honest: each entry still exists and still lacks its schema', () => {
    const byKey = new Map(operations(doc).map((o) => [o.key, o.op]));
    const stale = [...pending].filter((key) => {
      const op = byKey.get(key);
      return !op || Object.entries(op.responses ?? {}).some(([status, r]) => isSuccess(status) && hasBody(r));
    });
    expect(stale).toEqual([]);
  });

  it('declares the shared error shape for client errors of every operation', () => {
    const missing = operations(doc)
      .filter((o) => o.key.includes(' /api/') && !o.key.startsWith('GET /api/docs') && !pending.has(o.key))
      .filter(({ op }) => !Object.keys(op.responses ?? {}).some((status) => /^4/.test(status)))
      .map((o) => o.key);
    expect(missing).toEqual([]);
  });
});
