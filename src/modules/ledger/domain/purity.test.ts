/** The domain folder stays pure: sibling imports, the platform's pure calendar and the shared label data (JSON, no code) only, no clock. Tests may import their tools. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from './index.ts';

const dir = fileURLToPath(new URL('.', import.meta.url));
const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'testing.ts');

describe('ledger domain purity', () => {
  it.each(sources)('%s imports only sibling files (and the pure calendar, shared labels) and reads no clock', (file) => {
    const text = readFileSync(dir + file, 'utf8');
    const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    for (const spec of imports)
      expect(spec).toMatch(/^(\.\/[\w.-]+\.ts|\.\.\/\.\.\/\.\.\/platform\/calendar\/index\.ts|\.\.\/\.\.\/\.\.\/\.\.\/shared\/labels\/[\w-]+\.json)$/);
    expect(text).not.toMatch(/Date\.now\(|new Date\(\)|performance\.now|process\./);
  });

  it('exports the public API from index.ts', () => {
    for (const name of ['decide', 'allowedActions', 'trafficLight', 'overdue', 'lagging', 'nextReportDue', 'rollupDelta', 'ledgerDomainMessages']) {
      expect(typeof (api as Record<string, unknown>)[name]).not.toBe('undefined');
    }
  });
});
