// The import rules of .dependency-cruiser.cjs over a small tree built to break each one (so a rule that matches
// nothing, e.g. after a typo in its regex, fails here rather than passing silently). The real tree is checked by
// `npm run lint:deps`, a step of `npm test` beside ESLint: a whole-tree cruise is slow on a loaded machine and
// needs no test timeout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';

const root = path.resolve(import.meta.dirname, '..');

async function violations(baseDir: string, dirs: string[]): Promise<string[]> {
  const options = await extractDepcruiseOptions(path.join(root, '.dependency-cruiser.cjs'));
  const cwd = process.cwd();
  // dependency-cruiser reads paths (and the tsconfig) relative to the working directory.
  process.chdir(baseDir);
  try {
    const { output } = await cruise(dirs, { ...options, baseDir, validate: true, outputType: 'json' });
    const result = (typeof output === 'string' ? JSON.parse(output) : output) as ICruiseResult;
    // The fixture's node_modules is a link to the repository's: name packages the same from either.
    const short = (p: string) => p.replace(/^.*node_modules\//, 'node_modules/');
    return (result.summary.violations ?? []).map((v) => `${v.rule.name}: ${v.from} → ${short(v.to)}`).sort();
  } finally {
    process.chdir(cwd);
  }
}

describe('dependency rules (.dependency-cruiser.cjs)', () => {
  describe('catch each kind of breach', () => {
    let dir: string;
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    };

    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-deps-'));
      fs.writeFileSync(
        path.join(dir, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { module: 'NodeNext', allowImportingTsExtensions: true, noEmit: true } }),
      );
      fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
      write('src/cli/open.ts', 'export const action = 1;\n');
      write('src/platform/calendar/index.ts', 'export const addDays = 1;\n');
      write('src/platform/db/index.ts', "import { Kysely } from 'kysely';\nexport const db = Kysely;\n");
      write('src/platform/boot.ts', "import { a } from '../modules/a/index.ts';\nexport const boot = a;\n");
      write('src/modules/a/index.ts', "import { action } from '../../cli/open.ts';\nexport const a = action;\n");
      write('src/modules/a/repo.ts', 'export const repo = 1;\n');
      write('src/modules/a/domain/pure.ts', "import { addDays } from '../../../platform/calendar/index.ts';\nexport const pure = addDays;\n");
      write('src/modules/a/domain/helper.ts', "import { db } from '../../../platform/db/index.ts';\nexport const helper = db;\n");
      write('src/modules/a/domain/indirect.ts', "import { helper } from './helper.ts';\nexport const indirect = helper;\n");
      write('src/modules/a/domain/reads.ts', "import fs from 'node:fs';\nimport { repo } from '../repo.ts';\nexport const reads = [fs, repo];\n");
      write('src/modules/a/domain/query.ts', "import type { Kysely } from 'kysely';\nexport type Query = Kysely<object>;\n");
      write('src/modules/a/domain/testing.ts', "import fc from 'fast-check';\nexport const arbitrary = fc;\n");
      write('src/modules/a/domain/stats.ts', "import fc from 'fast-check';\nexport const stats = fc;\n");
      write('src/modules/b/service.ts', "import { repo } from '../a/repo.ts';\nimport { a } from '../a/index.ts';\nexport const b = [repo, a];\n");
      write('web/src/page.ts', "import { a } from '../../src/modules/a/index.ts';\nexport const page = a;\n");
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('names every breach and nothing allowed', async () => {
      const found = await violations(dir, ['src', 'web/src']);
      expect(found).toEqual(
        [
          'platform-knows-no-module: src/platform/boot.ts → src/modules/a/index.ts',
          'modules-meet-at-their-index: src/modules/b/service.ts → src/modules/a/repo.ts',
          'nothing-imports-the-cli: src/modules/a/index.ts → src/cli/open.ts',
          'domain-imports-only-domain: src/modules/a/domain/helper.ts → src/platform/db/index.ts',
          'domain-imports-only-domain: src/modules/a/domain/reads.ts → src/modules/a/repo.ts',
          'domain-does-no-io: src/modules/a/domain/helper.ts → src/platform/db/index.ts',
          'domain-does-no-io: src/modules/a/domain/helper.ts → node_modules/kysely/dist/cjs/index.js',
          'domain-does-no-io: src/modules/a/domain/indirect.ts → src/platform/db/index.ts',
          'domain-does-no-io: src/modules/a/domain/indirect.ts → node_modules/kysely/dist/cjs/index.js',
          'domain-does-no-io: src/modules/a/domain/query.ts → node_modules/kysely/dist/cjs/index.js',
          'domain-uses-no-npm-package: src/modules/a/domain/query.ts → node_modules/kysely/dist/cjs/index.js',
          'domain-does-no-io: src/modules/a/domain/reads.ts → fs',
          'domain-uses-no-npm-package: src/modules/a/domain/stats.ts → node_modules/fast-check/lib/fast-check.js',
          'web-stays-in-web: web/src/page.ts → src/modules/a/index.ts',
        ].sort(),
      );
    });
  });
});
