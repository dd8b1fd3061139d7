import { describe, expect, it } from 'vitest';
import { withCityApp } from '../../../test/support/city-app.ts';
import { TestClient } from '../../../test/support/http.ts';

// The shell (health, 404/401, headers, body limits, login rate limit) is not about data: SQLite alone.
describe('HTTP shell', () => {
  const fx = withCityApp('sqlite');

  it('reports health with version and database status', async () => {
    const res = await new TestClient(fx.app).get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: { dialect: 'sqlite', ok: true } });
    expect(res.json().version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('answers unknown /api paths with a JSON 404, and protects the rest with 401', async () => {
    const res = await new TestClient(fx.app).get('/api/no-such-thing');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('common.route_not_found');
    expect((await new TestClient(fx.app).get('/api/units')).statusCode).toBe(401);
  });

  it('sends security headers with a CSP that allows no inline script', async () => {
    const res = await new TestClient(fx.app).get('/api/health');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBeDefined();
  });

  it('serves an OpenAPI document listing the routes', async () => {
    // The API map is for logged-in users only (security finding 11); its content is app.swagger().
    expect((await new TestClient(fx.app).get('/api/docs/json')).statusCode).toBe(401);
    const doc = fx.app.swagger() as unknown as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/units', '/api/users/{id}', '/api/auth/login', '/api/health']));
  });

  it('rejects oversized bodies and bad JSON without leaking internals', async () => {
    const big = await new TestClient(fx.app).post('/api/auth/login', { username: 'x'.repeat(2_000_000), password: 'y' });
    expect(big.statusCode).toBe(413);
    const bad = await new TestClient(fx.app).request('POST', '/api/auth/login', '{"username":', { 'content-type': 'application/json' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('rate-limits login attempts', async () => {
    const c = new TestClient(fx.app);
    const codes: number[] = [];
    for (let i = 0; i < 25; i++) codes.push((await c.login(`ghost${i}`, 'x')).statusCode);
    expect(codes).toContain(429);
    expect(codes.slice(0, 5).every((s) => s === 401)).toBe(true);
  });
});
