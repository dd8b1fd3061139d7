import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withCityApp } from '../../test/support/city-app.ts';
import { PASSWORD } from '../../test/support/city.ts';
import { buildApp } from './http/app.ts';
import { ConfigError, loadConfig } from './config.ts';

/** Every variable loadConfig reads: it is handed an environment that records each name asked for. */
function variablesRead(): string[] {
  const seen = new Set<string>();
  const env = new Proxy({} as NodeJS.ProcessEnv, {
    get: (_, name) => {
      if (typeof name === 'string') seen.add(name);
      return undefined;
    },
  });
  loadConfig(env);
  return [...seen].sort();
}

/** The variables the README's configuration table names (`AUDIT_KEY` / `AUDIT_KEY_FILE` is two). */
function variablesDocumented(): string[] {
  const readme = fs.readFileSync(path.join(import.meta.dirname, '../../README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Configuration'));
  if (!section) throw new Error('README.md has no "## Configuration" section');
  const firstCells = section
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .map((l) => l.split('|')[1]);
  return firstCells.flatMap((cell) => [...cell.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1])).sort();
}

describe('configuration', () => {
  it('documents in the README every environment variable the config reads, and no other', () => {
    expect(variablesRead()).toContain('TRUST_PROXY');
    expect(variablesDocumented()).toEqual(variablesRead());
  });

  it('reads TRUST_PROXY as 0 or 1, refusing anything else by name', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/^TRUST_PROXY: expected 0 or 1/);
  });
});

// How the shell reads the proxy's headers is not about data: SQLite alone.
describe('TRUST_PROXY behind a TLS proxy', () => {
  const fx = withCityApp('sqlite');
  const login = async (trustProxy: boolean) => {
    const app = await buildApp({ ...fx.t.ctx, config: { ...fx.t.ctx.config, trustProxy } });
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { username: 'supervisor', password: PASSWORD },
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.cookies as { name: string; secure?: boolean }[];
    } finally {
      await app.close();
    }
  };

  it('marks the session cookie Secure only when the proxy is trusted', async () => {
    const trusted = await login(true);
    expect(trusted.length).toBeGreaterThan(0);
    expect(trusted.every((c) => c.secure === true)).toBe(true);
    // Untrusted, a client's own X-Forwarded-Proto says nothing: the request came over plain HTTP.
    expect((await login(false)).some((c) => c.secure === true)).toBe(false);
  });
});
