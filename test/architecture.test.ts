import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'src');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

const importsOf = (file: string) => [...fs.readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
const rel = (f: string) => path.relative(root, f);

describe('architecture rules', () => {
  it('keeps modules/*/domain free of I/O: no database, server, file system or network imports', () => {
    const forbidden = /^(kysely|fastify|@fastify\/|better-sqlite3|pg|node:fs|fs|node:net|node:http|exceljs|docx|mammoth)$|\/platform\/(db|http|audit|auth)\//;
    const offenders = files(path.join(src, 'modules'))
      .filter((f) => f.includes(`${path.sep}domain${path.sep}`))
      .flatMap((f) =>
        importsOf(f)
          .filter((i) => forbidden.test(i))
          .map((i) => `${rel(f)} imports ${i}`),
      );
    expect(offenders).toEqual([]);
  });

  // The platform's pure helpers a domain may use: the calendar's pure files, and nothing of the
  // platform that reaches a database (its repo.ts) or a clock.
  const purePlatform = new Set(['dates.ts', 'working-days.ts', 'schedule.ts', 'official.ts', 'index.ts'].map((f) => path.join(src, 'platform', 'calendar', f)));

  it('lets modules/*/domain import from the platform only its pure helpers (the calendar)', () => {
    const offenders = files(path.join(src, 'modules'))
      .filter((f) => f.includes(`${path.sep}domain${path.sep}`))
      .flatMap((f) =>
        importsOf(f)
          .filter((i) => i.startsWith('.'))
          .map((i) => path.resolve(path.dirname(f), i))
          .filter((target) => target.startsWith(path.join(src, 'platform') + path.sep) && !purePlatform.has(target))
          .map((target) => `${rel(f)} imports ${rel(target)}`),
      );
    expect(offenders).toEqual([]);
  });

  it('keeps the pure helpers pure: they import only each other, no I/O, no clock', () => {
    const offenders = [...purePlatform].flatMap((f) =>
      importsOf(f)
        .filter((i) => !i.startsWith('.') || !purePlatform.has(path.resolve(path.dirname(f), i)))
        .map((i) => `${rel(f)} imports ${i}`),
    );
    expect(offenders).toEqual([]);
    const clockReads = [...purePlatform].filter((f) => /new Date\(\)|Date\.now\(/.test(fs.readFileSync(f, 'utf8'))).map(rel);
    expect(clockReads).toEqual([]);
  });

  it('keeps one module out of another module’s repo, routes and service internals', () => {
    const offenders = files(path.join(src, 'modules')).flatMap((f) => {
      const own = rel(f).split(path.sep)[2];
      return importsOf(f)
        .filter((i) => i.startsWith('.'))
        .map((i) => rel(path.resolve(path.dirname(f), i)))
        .filter((target) => target.startsWith(`src${path.sep}modules${path.sep}`))
        .filter((target) => {
          const [, , mod, ...rest] = target.split(path.sep);
          return mod !== own && rest.length > 0 && /^(repo|routes)\.ts$/.test(rest[rest.length - 1]);
        })
        .map((target) => `${rel(f)} reaches into ${target}`);
    });
    expect(offenders).toEqual([]);
  });

  it('keeps the platform unaware of any capability module', () => {
    const offenders = files(path.join(src, 'platform')).flatMap((f) =>
      importsOf(f)
        .filter((i) => i.includes('/modules/'))
        .map((i) => `${rel(f)} imports ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it('lets nothing outside src/cli import it (the CLI imports the module registry: importing it back is a cycle)', () => {
    // Test files too: a module's command is tested through platform/cli.ts or the luoshi binary.
    const all = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? all(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
    const cli = path.join(src, 'cli');
    const offenders = all(src)
      .filter((f) => !f.startsWith(cli + path.sep))
      .flatMap((f) =>
        importsOf(f)
          .filter((i) => i.startsWith('.') && path.resolve(path.dirname(f), i).startsWith(cli + path.sep))
          .map((i) => `${rel(f)} imports ${i}`),
      );
    expect(offenders).toEqual([]);
  });

  it('touches the files table only in platform/files/repo.ts (the platform owns stored files)', () => {
    const query = /\b(selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin)\(\s*['"]files(\s+as\s+\w+)?['"]/;
    const offenders = files(src)
      .filter((f) => f !== path.join(src, 'platform', 'files', 'repo.ts'))
      .filter((f) => query.test(fs.readFileSync(f, 'utf8')))
      .map(rel);
    expect(offenders).toEqual([]);
  });

  it('branches on the SQL dialect only in platform/db/dialects', () => {
    const offenders = files(src)
      .filter((f) => !f.includes(path.join('platform', 'db')))
      .filter((f) => /PostgresAdapter|SqliteAdapter|dialect\s*===\s*['"](sqlite|postgres)/.test(fs.readFileSync(f, 'utf8')))
      .map(rel);
    expect(offenders).toEqual([]);
  });
});
