import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderApiSchema, schemaFile } from '../scripts/api-contract.ts';

describe('the web API types', () => {
  it('match the server routes (run `npm run gen:api` when this fails)', async () => {
    const fresh = await renderApiSchema();
    expect(fresh).toContain('export interface paths');
    expect(fresh).toContain('"/api/units"');
    // Compare as booleans first so the failure says what to do instead of dumping 4,000 lines.
    const committed = fs.existsSync(schemaFile) ? fs.readFileSync(schemaFile, 'utf8') : '';
    expect(committed === fresh, 'web/src/api/schema.gen.ts is stale: run `npm run gen:api` and commit it').toBe(true);
  });
});
