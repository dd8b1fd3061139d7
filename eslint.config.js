// ESLint 9 flat config: `npm run lint`, and a step of `npm test`.
// Formatting is Prettier's job (.prettierrc); nothing here is about layout.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  // What .gitignore keeps out of the repository, plus the generated API types.
  { ignores: ['dist/**', 'data/**', 'web/dist/**', 'test-results/**', 'coverage/**', 'web/src/api/schema.gen.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      // An unused name is a finding, but `_`-prefixed ones are deliberate (ignored tuple parts, required signatures).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // Full-width spaces (U+3000) in strings, templates and the comments quoting them are layout in Chinese official documents (督办单, 通报).
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipComments: true }],
    },
  },
  {
    files: ['src/migrations/**/*.ts', 'src/modules/*/migrations/**/*.ts'],
    // Off: migrations take Kysely<any> as Kysely documents, so that they never depend on today's schema types.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/modules/parser/domain/clean.ts'],
    // Off: this file's job is to strip control characters from pasted text, so its regexes name them.
    rules: { 'no-control-regex': 'off' },
  },
  {
    // SQL in one kind of place per module: Kysely query building only in repo files, platform/db and migrations.
    files: ['src/**/*.ts'],
    ignores: [
      'src/**/repo.ts',
      'src/**/repo/**',
      'src/**/*-repo.ts',
      'src/platform/db/**',
      'src/migrations/**',
      'src/modules/*/migrations/**',
      'src/**/*.test.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto|selectNoFrom)$/]',
          message: "Build queries in the module's repo (repo.ts or repo/*.ts) and call it from here.",
        },
        { selector: "TaggedTemplateExpression[tag.name='sql']", message: "Raw SQL belongs in the module's repo (repo.ts or repo/*.ts)." },
      ],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      // Issue #9: show timestamps through the one formatter (lib/date-time.ts, useDateTime / <DateTime>),
      // in the server's zone and the reader's language; cutting the ISO string shows UTC.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='slice'][callee.object.type='CallExpression'][callee.object.callee.property.name='replace'][callee.object.arguments.0.value='T']",
          message: "Do not cut ISO timestamps for display (iso.replace('T', ' ').slice(…)): format them in the user's time zone and locale.",
        },
      ],
    },
  },
);
