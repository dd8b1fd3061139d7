import type { AppContext } from '../../../platform/context.ts';
import type { Tx } from '../../../platform/db/types.ts';
import type { ImportBatch } from '../../../platform/excel/import-kit/index.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, type Actor } from '../../../platform/access/index.ts';
import type { DomainEvent } from '../../../platform/events/index.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { ledgerStatusLabels, type TaskStatus } from '../domain/index.ts';
import { toLedgerTask, type TaskRow } from '../task-mapping.ts';
import { taskRepo } from '../repo/tasks.ts';
import { applyRollup } from '../repo/rollups.ts';
import { sourceRepo } from '../repo/sources.ts';
import { lightRules } from '../service/rules.ts';
import { excelRepo } from './repo.ts';

/** A 409 that names the tasks in the way, each with its status in the reader's language. */
function blocked(code: string, tasks: Pick<TaskRow, 'id' | 'title' | 'status'>[]): AppError {
  const err = new AppError(code, 'conflict', { count: tasks.length, ids: tasks.map((x) => x.id) });
  err.format = (locale: Locale) =>
    t(locale, code, {
      count: tasks.length,
      tasks: tasks
        .map((x) => `“${x.title.slice(0, 30)}”（${ledgerStatusLabels[locale][x.status as TaskStatus] ?? x.status}）`)
        .join(locale === 'en-US' ? '; ' : '；'),
    });
  return err;
}

/**
 * The ledger's part of undoing an import (the kit checks the batch is the actor's last): only
 * while every task of it is still a draft with no sub-task added since, deleting each by the
 * rules of taskService.remove (roll-ups, audit).
 */
export async function undoBatch(ctx: AppContext, tx: Tx, actor: Actor, batch: ImportBatch): Promise<{ removed: number; afterCommit: () => void }> {
  const now = ctx.clock.now();
  const events: DomainEvent[] = [];
  const rows = await excelRepo.batchTasks(tx, batch.id);
  const visible = await excelRepo.visibleTaskIds(
    tx,
    actor,
    rows.map((r) => r.id),
    ctx.today(),
  );
  if (rows.some((r) => !visible.has(r.id))) throw notFound();
  const moved = rows.filter((r) => r.state !== 'draft');
  if (moved.length) throw blocked('ledger.import_moved_on', moved);
  const children = await excelRepo.foreignChildren(
    tx,
    batch.id,
    rows.map((r) => r.id),
  );
  if (children.length)
    throw blocked(
      'ledger.import_has_children',
      children.map((c) => ({ ...c, status: 'draft' })),
    );
  const supporting = await taskRepo.supporting(
    tx,
    rows.map((r) => r.id),
  );
  const rules = await lightRules(tx);
  for (const row of rows.slice().reverse()) {
    const units = supporting.get(row.id) ?? [];
    await applyRollup(tx, toLedgerTask(row, units, null), null, rules, row.source_id);
    await taskRepo.remove(tx, row.id);
    await audit(tx, auditActor(actor), { action: 'delete', entity: 'task', entityId: row.id, before: { title: row.title } }, now);
    events.push({
      type: 'task.deleted',
      entity: 'task',
      entityId: row.id,
      unitIds: [row.lead_unit_id, ...units].filter((x): x is number => x !== null),
      at: now.toISOString(),
    });
  }
  // The source the import made for these rows goes with them; a source that existed before stays.
  for (const sourceId of new Set(rows.map((r) => r.source_id).filter((x): x is number => x !== null))) {
    const source = await sourceRepo.get(tx, sourceId);
    if (source && source.created_at === batch.created_at && source.created_by === batch.created_by && (await excelRepo.removeSourceIfEmpty(tx, sourceId))) {
      await audit(tx, auditActor(actor), { action: 'delete', entity: 'source', entityId: sourceId, before: { title: source.title } }, now);
    }
  }
  return { removed: rows.length, afterCommit: () => events.forEach((e) => ctx.events.publish(e)) };
}
