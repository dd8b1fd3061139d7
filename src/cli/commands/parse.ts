/**
 * `luoshi parse FILE [--json] [--ref-date YYYY-MM-DD] [--units FILE]`: a document's task
 * outline, as readable text or as the JSON contract (docs/parser.md).
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { calendarDate } from '../../platform/clock.ts';
import { loadConfig } from '../../platform/config.ts';
import { ParseInputError, parseDocument, readDocument, toContractJson, type Item, type Locale } from '../../modules/parser/index.ts';

const KIND_LABEL: Record<Locale, Record<Item['kind'], string>> = {
  'zh-CN': { task: '任务', review: '回顾', principle: '要求', heading: '标题', paragraph: '段落' },
  'en-US': { task: 'task', review: 'review', principle: 'principle', heading: 'heading', paragraph: 'paragraph' },
};

function locale(): Locale {
  const lang = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return /^zh/i.test(lang) ? 'zh-CN' : 'en-US';
}

/** Today in the configured zone (LUOSHI_TZ), as the server counts 年底前: the CLI is where the clock may be read, not the domain. */
function today(): string {
  return calendarDate(new Date(), loadConfig().timeZone);
}

function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

export function renderOutline(title: string | null, items: readonly Item[], loc: Locale = 'en-US'): string {
  const out: string[] = [title ?? (loc === 'zh-CN' ? '（无标题）' : '(untitled)')];
  const walk = (list: readonly Item[], indent: string) => {
    for (const i of list) {
      const facts: string[] = [];
      if (i.deadline) {
        const when = i.deadline.recurring ? (loc === 'zh-CN' ? '长期/经常' : 'ongoing') : [i.deadline.date, i.deadline.until].filter(Boolean).join(' ~ ');
        facts.push(`${loc === 'zh-CN' ? '时限' : 'due'}: ${i.deadline.phrase} → ${when}`);
      }
      if (i.leads.length > 0) facts.push(`${loc === 'zh-CN' ? '牵头' : 'lead'}: ${i.leads.join('、')}`);
      if (i.supporting.length > 0) facts.push(`${loc === 'zh-CN' ? '配合' : 'with'}: ${i.supporting.join('、')}`);
      const marker = i.number === '' ? '·' : i.number;
      out.push(`${indent}${marker} ${clip(i.title, 60)}  [${KIND_LABEL[loc][i.kind]}]${facts.length ? '  ' + facts.join(' | ') : ''}`);
      walk(i.children, indent + '    ');
    }
  };
  walk(items, '  ');
  return out.join('\n') + '\n';
}

interface ParseCommandOptions {
  json?: boolean;
  refDate?: string;
  units?: string;
}

export function registerParseCommand(program: Command): void {
  program
    .command('parse')
    .description('break a speech or document (.txt .docx .doc .pdf) into a task outline')
    .argument('<file>', 'the document')
    .option('--json', 'print the outline as one JSON object')
    .option('--ref-date <date>', 'reference date (YYYY-MM-DD) for relative deadlines such as 年底前; default today')
    .option('--units <file>', 'known unit names, one per line, to recognise lead and supporting units')
    .action(async (file: string, opts: ParseCommandOptions) => {
      const loc = locale();
      try {
        const refDate = opts.refDate ?? today();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(refDate) || Number.isNaN(Date.parse(refDate))) {
          throw new Error(`--ref-date must be YYYY-MM-DD, got "${refDate}"`);
        }
        const units = opts.units
          ? (await readFile(opts.units, 'utf8'))
              .split(/\r?\n/)
              .map((l) => l.trim())
              .filter((l) => l !== '' && !l.startsWith('#'))
          : [];
        const { text } = await readDocument(await readFile(file), file);
        const result = parseDocument(text, { refDate, units });
        process.stdout.write(opts.json ? JSON.stringify(toContractJson(result)) + '\n' : renderOutline(result.title, result.items, loc));
      } catch (err) {
        const reason =
          err instanceof ParseInputError
            ? `${err.messageIn(loc)} (${err.code})`
            : err instanceof Error
              ? (err as NodeJS.ErrnoException).code === 'ENOENT'
                ? `cannot read ${(err as NodeJS.ErrnoException).path ?? file}: no such file`
                : err.message
              : String(err);
        process.stderr.write(`luoshi parse: ${reason.split('\n')[0]}\n`);
        process.exitCode = 1;
      }
    });
}
