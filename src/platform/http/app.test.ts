import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestContext, type TestContext } from '../../../test/support/db.ts';
import { TestClient, testApp } from '../../../test/support/http.ts';

describe('HTTP shell', () => {
  let t: TestContext;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await openTestContext('sqlite');
    app = await testApp(t.ctx);
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  it('reports health with version and database status', async () => {
    const res = await new TestClient(app).get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: { dialect: 'sqlite', ok: true } });
    expect(res.json().version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('answers unknown /api paths with a JSON 404, and protects the rest with 401', async () => {
    const res = await new TestClient(app).get('/api/no-such-thing');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('common.route_not_found');
    expect((await new TestClient(app).get('/api/units')).statusCode).toBe(401);
  });

  it('sends security headers with a CSP that allows no inline script', async () => {
    const res = await new TestClient(app).get('/api/health');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBeDefined();
  });

  it('serves an OpenAPI document listing the routes', async () => {
    // The API map is for logged-in users only (security finding 11); its content is app.swagger().
    expect((await new TestClient(app).get('/api/docs/json')).statusCode).toBe(401);
    const doc = app.swagger() as unknown as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/units', '/api/users/{id}', '/api/auth/login', '/api/health']));
  });

  it('rejects oversized bodies and bad JSON without leaking internals', async () => {
    const big = await new TestClient(app).post('/api/auth/login', { username: 'x'.repeat(2_000_000), password: 'y' });
    expect(big.statusCode).toBe(413);
    const bad = await new TestClient(app).request('POST', '/api/auth/login', '{"username":', { 'content-type': 'application/json' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('rate-limits login attempts', async () => {
    const c = new TestClient(app);
    const codes: number[] = [];
    for (let i = 0; i < 25; i++) codes.push((await c.login(`ghost${i}`, 'x')).statusCode);
    expect(codes).toContain(429);
    expect(codes.slice(0, 5).every((s) => s === 401)).toBe(true);
  });
});
