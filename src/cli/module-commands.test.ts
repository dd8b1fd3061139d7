import { afterEach, describe, expect, it, vi } from 'vitest';
import { Command } from 'commander';
import { modules } from '../modules/index.ts';

/** Each module's commands (leaves: `calendar load`, not `calendar`), with a value for every required argument and option, as `luoshi` would parse them. */
function moduleCommands(open: () => Promise<never>) {
  const program = new Command('luoshi').exitOverride();
  for (const m of modules) m.cli?.(program, open);
  const leaves = (c: Command, path: string[]): string[][] =>
    c.commands.length
      ? c.commands.flatMap((sub) => leaves(sub, [...path, sub.name()]))
      : [
          [
            ...path,
            ...c.registeredArguments.filter((a) => a.required).map(() => 'x'),
            ...c.options.filter((o) => o.mandatory).flatMap((o) => [o.long!, o.long === '--from' || o.long === '--to' ? '2026-01-01' : 'x']),
          ],
        ];
  return { program, argvs: program.commands.flatMap((c) => leaves(c, [c.name()])) };
}

afterEach(() => vi.restoreAllMocks());

describe('module CLI commands', () => {
  it('report any failure in one line and exit 1, never a stack (every command is wrapped)', async () => {
    // What a broken database does: a driver error carrying its stack.
    const open = () => Promise.reject(Object.assign(new Error('file is not a database'), { code: 'SQLITE_NOTADB' }));
    const { program, argvs } = moduleCommands(open);
    expect(argvs.map((a) => a[0])).toEqual(expect.arrayContaining(['remind-scan', 'briefing', 'export-ledger', 'import-ledger']));
    for (const argv of argvs) {
      const lines: string[] = [];
      const exits: (number | undefined)[] = [];
      const err = vi.spyOn(console, 'error').mockImplementation((...xs: unknown[]) => void lines.push(xs.map(String).join(' ')));
      vi.spyOn(console, 'log').mockImplementation(() => undefined);
      vi.spyOn(process, 'exit').mockImplementation(((code?: number) => void exits.push(code)) as never);
      // A command whose failure escaped its wrapper would reject here.
      await program.parseAsync(['node', 'luoshi', ...argv]);
      err.mockRestore();
      expect(exits, argv.join(' ')).toEqual([1]);
      expect(lines, argv.join(' ')).toHaveLength(1);
      expect(lines[0], argv.join(' ')).toMatch(/^luoshi: [^\n]+$/);
      expect(lines[0]).not.toMatch(/\bat .+:\d+:\d+/);
    }
  });
});
