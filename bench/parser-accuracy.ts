/**
 * Parser accuracy over the annotated documents in test/fixtures/documents: every NAME.txt
 * with a NAME.expected.json (hand-written outline, with the reference date it assumes).
 *
 * Precision and recall, micro-averaged over all documents, of:
 * - items: (number, level, title)
 * - parents: (item, its parent's number and title) — the tree's shape
 * - kinds: (number, level, title, kind)
 * - deadlines: (item, date, until, recurring) for items that have one
 * - units: (item, lead or supporting, unit name)
 *
 * Run: node --import tsx bench/parser-accuracy.ts   (prints the table in docs/parser.md)
 * The accuracy test (src/modules/parser/accuracy.test.ts) uses measureAccuracy() too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../src/modules/parser/index.ts';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'documents');

interface ExpectedItem {
  number: string;
  level: number;
  kind: string;
  title: string;
  deadline: { date: string | null; until: string | null; recurring: boolean } | null;
  leads: string[];
  supporting: string[];
  children: ExpectedItem[];
}

export interface Expected {
  refDate: string;
  title: string | null;
  items: ExpectedItem[];
}

export interface Score {
  matched: number;
  actual: number;
  expected: number;
}

export const METRICS = ['items', 'parents', 'kinds', 'deadlines', 'units'] as const;
export type Metric = (typeof METRICS)[number];

export interface DocumentScore {
  name: string;
  titleOk: boolean;
  scores: Record<Metric, Score>;
}

type Tuples = Record<Metric, string[]>;

function tuples(items: readonly ExpectedItem[]): Tuples {
  const t: Tuples = { items: [], parents: [], kinds: [], deadlines: [], units: [] };
  const walk = (list: readonly ExpectedItem[], parent: ExpectedItem | null) => {
    for (const i of list) {
      const key = `${i.number}|${i.level}|${i.title}`;
      t.items.push(key);
      t.parents.push(`${i.number}|${i.title} <- ${parent ? `${parent.number}|${parent.title}` : 'ROOT'}`);
      t.kinds.push(`${key}|${i.kind}`);
      if (i.deadline) t.deadlines.push(`${key}|${i.deadline.date}|${i.deadline.until}|${i.deadline.recurring}`);
      for (const u of i.leads) t.units.push(`${key}|lead|${u}`);
      for (const u of i.supporting) t.units.push(`${key}|supporting|${u}`);
      walk(i.children, i);
    }
  };
  walk(items, null);
  return t;
}

/** Multiset intersection size. */
function matched(actual: readonly string[], expected: readonly string[]): number {
  const left = new Map<string, number>();
  for (const e of expected) left.set(e, (left.get(e) ?? 0) + 1);
  let n = 0;
  for (const a of actual) {
    const k = left.get(a) ?? 0;
    if (k > 0) {
      n++;
      left.set(a, k - 1);
    }
  }
  return n;
}

export function scoreDocument(name: string, text: string, expected: Expected): DocumentScore {
  const result = parseDocument(text, { refDate: expected.refDate });
  const a = tuples(result.items);
  const e = tuples(expected.items);
  const scores = {} as Record<Metric, Score>;
  for (const m of METRICS) scores[m] = { matched: matched(a[m], e[m]), actual: a[m].length, expected: e[m].length };
  return { name, titleOk: result.title === expected.title, scores };
}

export function loadAnnotated(): Array<{ name: string; text: string; expected: Expected }> {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.expected\.json$/, '');
      return {
        name,
        text: readFileSync(join(FIXTURES, `${name}.txt`), 'utf8'),
        expected: JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as Expected,
      };
    });
}

export function measureAccuracy(): { documents: DocumentScore[]; total: Record<Metric, Score>; titles: number } {
  const documents = loadAnnotated().map((d) => scoreDocument(d.name, d.text, d.expected));
  const total = {} as Record<Metric, Score>;
  for (const m of METRICS) {
    total[m] = { matched: 0, actual: 0, expected: 0 };
    for (const d of documents) {
      total[m].matched += d.scores[m].matched;
      total[m].actual += d.scores[m].actual;
      total[m].expected += d.scores[m].expected;
    }
  }
  return { documents, total, titles: documents.filter((d) => d.titleOk).length };
}

export const precision = (s: Score) => (s.actual === 0 ? (s.expected === 0 ? 1 : 0) : s.matched / s.actual);
export const recall = (s: Score) => (s.expected === 0 ? (s.actual === 0 ? 1 : 0) : s.matched / s.expected);

function pr(s: Score): string {
  return `${precision(s).toFixed(3)} / ${recall(s).toFixed(3)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { documents, total, titles } = measureAccuracy();
  const header = `| document | ${METRICS.join(' P/R | ')} P/R | title |`;
  console.log(header);
  console.log(`|${'---|'.repeat(METRICS.length + 2)}`);
  for (const d of documents) console.log(`| ${d.name} | ${METRICS.map((m) => pr(d.scores[m])).join(' | ')} | ${d.titleOk ? 'ok' : 'WRONG'} |`);
  console.log(`| **all** (${documents.length} documents) | ${METRICS.map((m) => `**${pr(total[m])}**`).join(' | ')} | ${titles}/${documents.length} |`);
  console.log(`\nitems: ${total.items.expected} expected, ${total.items.actual} found, ${total.items.matched} matched`);
}
