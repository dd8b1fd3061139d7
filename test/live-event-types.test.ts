// The web's live stream hears an event only by its name (an EventSource hands named events to
// listeners of that name): every type the server publishes must be in LIVE_EVENT_TYPES, or a page
// follows it only after a reload (issue #9: 催办 and 督办单 in the task's history).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_EVENTS } from '../src/modules/ledger/domain/index.ts';
import { LIVE_EVENT_TYPES } from '../web/src/lib/use-live-events.ts';

const root = path.resolve(import.meta.dirname, '../src');
const sources = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });

// The ways a service names the event it publishes: the helpers' first argument, or `type:` beside `entity:`.
const patterns = [/(?:publishTaskEvent|publishProblem|publishOrg|taskEvent)\(ctx, '([\w.]+)'/g, /type: '([\w.]+)', entity: '/g];

function published(): string[] {
  const found = new Set<string>(Object.values(ACTION_EVENTS));
  for (const file of sources(root)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const re of patterns) for (const m of text.matchAll(re)) found.add(m[1]);
  }
  return [...found].sort();
}

describe('live event types', () => {
  it('the web listens to every event the server publishes', () => {
    const types = published();
    expect(types).toEqual(expect.arrayContaining(['task.reminded', 'task.supervisionNoticeIssued', 'problem.created', 'unit.created', 'partyOrg.updated']));
    const listened = new Set<string>(LIVE_EVENT_TYPES);
    expect(types.filter((t) => !listened.has(t))).toEqual([]);
  });
});
