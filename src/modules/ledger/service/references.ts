import type { DbOrTx } from '../../../platform/db/types.ts';
import type { Actor } from '../../../platform/access/index.ts';
import { AppError, type FieldError } from '../../../platform/errors.ts';
import { userRepo } from '../../users/index.ts';
import { filteredTasks } from '../repo/tasks.ts';
import { sourceRepo } from '../repo/sources.ts';

/** A foreign id in a request: the field that carries it, what it names, the id (absent or null: nothing to check). */
export interface Reference {
  field: string;
  kind: 'task' | 'source' | 'user';
  id: number | null | undefined;
}

/**
 * Foreign ids may name only rows the caller may read (issue #10, finding 1 for files; the same
 * flaw for every other id): a task it sees (`filteredTasks`: scope, drafts for managers only), a
 * source it sees, an active user it may read (`user.read` scope) as owner or liaison. Anything
 * else gets the same answer as an id that does not exist, so ids cannot be probed.
 */
export async function referenceErrors(db: DbOrTx, actor: Actor, today: string, refs: Reference[]): Promise<FieldError[]> {
  const wanted = (kind: Reference['kind']) => [...new Set(refs.filter((r) => r.kind === kind && typeof r.id === 'number').map((r) => r.id as number))];
  const [tasks, sources, users] = await Promise.all([
    wanted('task').length ? filteredTasks(db, actor, { ids: wanted('task') }, today).select('tasks.id').execute().then((rows) => rows.map((r) => r.id)) : [],
    sourceRepo.visibleIds(db, actor, today, wanted('source')),
    userRepo.activeVisibleIds(db, actor, wanted('user')),
  ]);
  const ok = { task: new Set(tasks), source: new Set(sources), user: new Set(users) };
  return refs.filter((r) => typeof r.id === 'number' && !ok[r.kind].has(r.id)).map((r) => ({ field: r.field, code: 'validation.reference_not_visible', params: { id: r.id } }));
}

/** Refuses (400, naming every field) a request whose foreign ids name rows the caller may not read. */
export async function assertReferences(db: DbOrTx, actor: Actor, today: string, refs: Reference[]): Promise<void> {
  const errors = await referenceErrors(db, actor, today, refs);
  if (errors.length) throw new AppError('validation.failed', 'invalid', {}, errors);
}

/** The foreign ids among a task's fields, `prefix` naming where they sit in the body. */
export function taskReferences(f: { ownerId?: number | null; liaisonId?: number | null; parentId?: number | null; sourceId?: number | null }, prefix = 'body'): Reference[] {
  return [
    { field: `${prefix}.ownerId`, kind: 'user', id: f.ownerId },
    { field: `${prefix}.liaisonId`, kind: 'user', id: f.liaisonId },
    { field: `${prefix}.parentId`, kind: 'task', id: f.parentId },
    { field: `${prefix}.sourceId`, kind: 'source', id: f.sourceId },
  ];
}
