// SQL in one kind of place per module: the ESLint rule in eslint.config.js flags Kysely query building
// outside repo files, with no exceptions left (the ESLint step of `npm test` holds the tree to it). This proves it fires.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });
const query = "export const q = (db: any) => db.selectFrom('tasks').selectAll().execute();\n";
const raw = "import { sql } from 'kysely';\nexport const q = (db: never) => sql`select 1`.execute(db);\n";
const sqlFindings = async (code: string, file: string) =>
  (await eslint.lintText(code, { filePath: path.join(root, file) }))[0].messages.filter((m) => m.ruleId === 'no-restricted-syntax').length;

describe('SQL only in repo files (eslint.config.js)', () => {
  it('flags query building and raw SQL in services, routes and index files', async () => {
    for (const file of ['src/modules/ledger/service/new.ts', 'src/modules/ledger/routes/new.ts', 'src/modules/units/index.ts', 'src/platform/auth/new.ts']) {
      expect(await sqlFindings(query, file), file).toBe(1);
      expect(await sqlFindings(raw, file), file).toBe(1);
    }
  });

  it('allows it in repo files, platform/db and migrations', async () => {
    for (const file of ['src/modules/units/repo.ts', 'src/modules/ledger/repo/new.ts', 'src/platform/db/new.ts', 'src/modules/ledger/migrations/new.ts']) {
      expect(await sqlFindings(query, file), file).toBe(0);
    }
  });
});
