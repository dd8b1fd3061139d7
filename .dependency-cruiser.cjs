// Import rules between the parts of the code base (docs/ARCHITECTURE.md). Checked by
// test/dependency-rules.test.ts in `npm test`; `npm run lint:deps` prints the same findings.
// Paths are relative to the repository root.

const TEST = '\\.test\\.ts$';
/** Test support inside a domain folder (arbitraries for property tests): not shipped domain code. */
const DOMAIN_TEST_SUPPORT = '/domain/testing\\.ts$';
/** Platform pieces that are pure (no I/O, no clock) and so may be used by domain code. */
const PURE_PLATFORM = ['^src/platform/calendar/'];
/** Libraries that do I/O (database, HTTP, files, documents), and Node's I/O modules. */
const IO_LIBRARIES = '(^|/)node_modules/(kysely|fastify|@fastify|better-sqlite3|pg|pg-[^/]+|exceljs|docx|mammoth|word-extractor|pdfjs-dist|jszip)/';
const IO_CORE = '^(node:)?(fs|fs/promises|net|http|https|http2|child_process|cluster|dgram|dns|tls|worker_threads|readline|process|os)$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'platform-knows-no-module',
      comment: 'src/platform is the hallway: it knows no capability. Modules plug in through the LuoshiModule contract.',
      severity: 'error',
      from: { path: '^src/platform/', pathNot: TEST },
      to: { path: '^src/modules/' },
    },
    {
      name: 'modules-meet-at-their-index',
      comment:
        "A module uses another only through that module's index.ts, never its repo, routes, services or helpers (its testing.ts kit is for other modules' tests).",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$', '^src/modules/[^/]+/testing\\.ts$'] },
    },
    {
      name: 'nothing-imports-the-cli',
      comment: 'src/cli is an entry point: it imports the module registry, so anything importing it makes a cycle.',
      severity: 'error',
      from: { pathNot: ['^src/cli/', TEST] },
      to: { path: '^src/cli/' },
    },
    {
      name: 'domain-imports-only-domain',
      comment: "Domain code imports its own module's domain and the platform's pure helpers only.",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/domain/', pathNot: [TEST, DOMAIN_TEST_SUPPORT] },
      to: { path: '^src/', pathNot: ['^src/modules/$1/domain/', ...PURE_PLATFORM] },
    },
    {
      name: 'domain-does-no-io',
      comment: 'Domain code is pure: no database, server, file, network or document library, not even through a helper.',
      severity: 'error',
      from: { path: '^src/modules/[^/]+/domain/', pathNot: [TEST, DOMAIN_TEST_SUPPORT] },
      to: { reachable: true, path: [IO_LIBRARIES, IO_CORE, '^src/platform/(db|http|audit|auth|jobs|files|events)/'] },
    },
    {
      name: 'domain-uses-no-npm-package',
      comment: 'Domain code depends on no third-party package; add a pure one here with a reason if ever needed.',
      severity: 'error',
      from: { path: '^src/modules/[^/]+/domain/', pathNot: [TEST, DOMAIN_TEST_SUPPORT] },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'web-stays-in-web',
      comment:
        'The web app talks to the server over HTTP; its server types are generated into web/src/api/schema.gen.ts. Labels both show come from shared/labels/*.json.',
      severity: 'error',
      from: { path: '^web/src/' },
      to: { path: '^(src|test|scripts|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count too: a type from another module's internals is still a dependency on them.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: ['^node_modules/', '^dist/', '^web/dist/'] },
  },
};
