import type { DbOrTx } from '../../../platform/db/types.ts';
import { holdersOf, type Actor } from '../../../platform/access/index.ts';
import { AppError, type FieldError } from '../../../platform/errors.ts';
import { unitRepo } from '../../units/index.ts';
import { userRepo } from '../../users/index.ts';
import { filteredTasks } from '../repo/tasks.ts';
import { sourceRepo } from '../repo/sources.ts';

type Id = number | null | undefined;

/**
 * A foreign id in a request: the field that carries it, what it names, the id (absent or null: nothing to check).
 * A liaison is a user who must also hold the liaison role for one of `units` (the task's lead and supporting units).
 */
export type Reference = { field: string; kind: 'task' | 'source' | 'user' | 'unit'; id: Id } | { field: string; kind: 'liaison'; id: Id; units: Id[] };

/** What a refused id of each kind answers: units keep the ledger's own message. */
const refusal: Record<Reference['kind'], string> = {
  task: 'validation.reference_not_visible',
  source: 'validation.reference_not_visible',
  user: 'validation.reference_not_visible',
  liaison: 'validation.reference_not_visible',
  unit: 'ledger.unit_not_found',
};

/**
 * Foreign ids may name only rows the caller may read (issue #10, finding 1 for files; the same
 * flaw for every other id): a task it sees (`filteredTasks`: scope, drafts for managers only), a
 * source it sees, an active user it may read (`user.read` scope) as owner or liaison, a unit it
 * may read (`unit.read`). Anything else gets the same answer as an id that does not exist, so ids
 * cannot be probed. A liaison it may read must also be one for the task: a liaison acts on a task
 * through a liaison grant covering its lead or a supporting unit (`partiesOf`), so one holding no
 * such grant could never report on it.
 */
export async function referenceErrors(db: DbOrTx, actor: Actor, today: string, refs: Reference[]): Promise<FieldError[]> {
  const idOf = (r: Reference) => (typeof r.id === 'number' ? r.id : null);
  const wanted = (...kinds: Reference['kind'][]) => [
    ...new Set(
      refs
        .filter((r) => kinds.includes(r.kind))
        .map(idOf)
        .filter((id): id is number => id !== null),
    ),
  ];
  const [tasks, sources, users, units] = await Promise.all([
    wanted('task').length
      ? filteredTasks(db, actor, { ids: wanted('task') }, today)
          .select('tasks.id')
          .execute()
          .then((rows) => rows.map((r) => r.id))
      : [],
    sourceRepo.visibleIds(db, actor, today, wanted('source')),
    userRepo.activeVisibleIds(db, actor, wanted('user', 'liaison')),
    unitRepo.visibleIds(db, actor, 'unit.read', wanted('unit')),
  ]);
  const ok = { task: new Set(tasks), source: new Set(sources), user: new Set(users), liaison: new Set(users), unit: new Set(units) };
  const liaisons = new Map<number, Set<number>>();
  const liaisonsOf = async (unit: number) => liaisons.get(unit) ?? liaisons.set(unit, new Set(await holdersOf(db, 'liaison', unit, false))).get(unit)!;
  const errors: FieldError[] = [];
  for (const r of refs) {
    const id = idOf(r);
    if (id === null) continue;
    if (!ok[r.kind].has(id)) errors.push({ field: r.field, code: refusal[r.kind], params: { id } });
    else if (r.kind === 'liaison' && !(await isLiaisonFor(id, r.units, liaisonsOf)))
      errors.push({ field: r.field, code: 'ledger.liaison_not_of_task', params: { id } });
  }
  return errors;
}

async function isLiaisonFor(userId: number, units: Id[], liaisonsOf: (unit: number) => Promise<Set<number>>): Promise<boolean> {
  for (const unit of new Set(units)) if (typeof unit === 'number' && (await liaisonsOf(unit)).has(userId)) return true;
  return false;
}

/** Refuses (400, naming every field) a request whose foreign ids name rows the caller may not read. */
export async function assertReferences(db: DbOrTx, actor: Actor, today: string, refs: Reference[], more: FieldError[] = []): Promise<void> {
  const errors = [...more, ...(await referenceErrors(db, actor, today, refs))];
  if (errors.length) throw new AppError('validation.failed', 'invalid', {}, errors);
}

/** The fields of a task that hold foreign ids. */
export interface TaskReferenceFields {
  leadUnitId?: number | null;
  supportingUnitIds?: number[];
  ownerId?: number | null;
  liaisonId?: number | null;
  parentId?: number | null;
  sourceId?: number | null;
}

/**
 * The foreign ids among a task's fields, `prefix` naming where they sit in the body. `units` are
 * the task's lead and supporting units once the write is done (a PATCH may leave them unchanged):
 * the liaison must be one of theirs.
 */
export function taskReferences(f: TaskReferenceFields, prefix = 'body', units: Id[] = [f.leadUnitId, ...(f.supportingUnitIds ?? [])]): Reference[] {
  return [
    { field: `${prefix}.leadUnitId`, kind: 'unit', id: f.leadUnitId },
    ...(f.supportingUnitIds ?? []).map((id, i): Reference => ({ field: `${prefix}.supportingUnitIds.${i}`, kind: 'unit', id })),
    { field: `${prefix}.ownerId`, kind: 'user', id: f.ownerId },
    { field: `${prefix}.liaisonId`, kind: 'liaison', id: f.liaisonId, units },
    { field: `${prefix}.parentId`, kind: 'task', id: f.parentId },
    { field: `${prefix}.sourceId`, kind: 'source', id: f.sourceId },
  ];
}
