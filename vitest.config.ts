import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'server',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
          // The server's files first, then the browser's alone: a browser test shares the machine with no other file.
          sequence: { groupOrder: 0 },
          // Two at a time even on two cores: much of a server file's time is spent waiting on PostgreSQL,
          // a spawned CLI or LibreOffice, not on its own CPU (the slowest single test takes under 8 s alone,
          // a quarter of its 30 s limit). The browser's files stay one at a time, after these.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          pool: 'forks',
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
