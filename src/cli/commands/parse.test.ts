import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerParseCommand } from './parse.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'documents');

async function run(...args: string[]): Promise<{ out: string; err: string; code: number }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  process.exitCode = 0;
  try {
    const program = new Command('luoshi').exitOverride();
    registerParseCommand(program);
    await program.parseAsync(['node', 'luoshi', 'parse', ...args]);
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { out, err, code };
}

afterEach(() => {
  process.exitCode = 0;
});

describe('luoshi parse', () => {
  it('--json prints the contract', async () => {
    const { out, code } = await run(join(FIXTURES, 'decomposition-plan.txt'), '--json', '--ref-date', '2024-03-05');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.title).toBe('关于印发《X市落实全市组织工作会议精神任务分解方案》的通知');
    const task = json.items[1].children[0];
    expect(Object.keys(task)).toEqual(
      expect.arrayContaining(['number', 'level', 'kind', 'title', 'text', 'start', 'end', 'deadline', 'leads', 'supporting', 'children']),
    );
    expect(task).toMatchObject({
      number: '1.',
      level: 2,
      kind: 'task',
      leads: ['市委组织部'],
      deadline: { date: '2024-06-30', until: null, recurring: false },
    });
    expect(task.deadline).toHaveProperty('phrase');
  });

  it('prints a readable outline and uses --units', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'luoshi-parse-'));
    writeFileSync(join(dir, 'units.txt'), '# units\n市委督查室\n');
    const { out, code } = await run(join(FIXTURES, 'implementation-plan.txt'), '--ref-date', '2024-03-01', '--units', join(dir, 'units.txt'));
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('X市开展“基层减负年”专项整治实施方案');
    expect(out).toMatch(/（二） 强化督促落实 {2}\[task\] {2}lead: 市委督查室/);
  });

  it('takes today from the configured zone, not the process’s: 年底前 on 1 January in Beijing is the new year’s end', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'luoshi-parse-'));
    writeFileSync(join(dir, 'plan.txt'), '关于做好年度工作的通知\n一、加强组织建设\n一要完成软弱涣散基层党组织整顿，年底前完成。\n');
    const env = { TZ: process.env.TZ, LUOSHI_TZ: process.env.LUOSHI_TZ };
    process.env.TZ = 'UTC';
    process.env.LUOSHI_TZ = 'Asia/Shanghai';
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-31T20:00:00.000Z') });
    try {
      const { out, code } = await run(join(dir, 'plan.txt'), '--json');
      expect(code).toBe(0);
      expect(JSON.stringify(JSON.parse(out).items)).toContain('"date":"2027-12-31"');
    } finally {
      vi.useRealTimers();
      for (const [k, v] of Object.entries(env))
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
    }
  });

  it('fails with a one-line reason', async () => {
    const r1 = await run(join(FIXTURES, 'image-only.pdf'));
    expect(r1.code).not.toBe(0);
    expect(r1.err).toBe('luoshi parse: no text layer: OCR first (parser.noTextLayer)\n');
    const r2 = await run(join(FIXTURES, 'nope.txt'));
    expect(r2.code).not.toBe(0);
    expect(r2.err.trim().split('\n')).toHaveLength(1);
    const r3 = await run(join(FIXTURES, 'instruction.txt'), '--ref-date', '2024-13-45');
    expect(r3.code).not.toBe(0);
  });
});
