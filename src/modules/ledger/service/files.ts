import type { AppContext } from '../../../platform/context.ts';
import type { Actor } from '../../../platform/access/index.ts';
import { filteredTasks } from '../repo/tasks.ts';
import { reportRepo } from '../repo/reports.ts';
import { sourceRepo } from '../repo/sources.ts';

/**
 * The ledger's part of who reads a file (LuoshiModule.canReadFile): a report's file, by whoever
 * sees the task, when the report's author uploaded it (a reference to another's file grants
 * nothing, so reports written before attachments were checked cannot leak); a source's file, by
 * whoever sees the source. Storage, upload and download are the platform's (platform/files).
 */
export async function ledgerCanReadFile(ctx: AppContext, actor: Actor, file: { id: number; created_by: number | null }): Promise<boolean> {
  if (!actor.permissions.has('ledger.read')) return false;
  const reports = await reportRepo.withFile(ctx.db, file.id);
  const tasks = [...new Set(reports.filter((r) => r.author_id !== null && r.author_id === file.created_by).map((r) => r.task_id))];
  if (tasks.length && (await filteredTasks(ctx.db, actor, { ids: tasks }, ctx.today()).select('tasks.id').executeTakeFirst())) return true;
  for (const s of await sourceRepo.withFile(ctx.db, file.id)) if (await sourceRepo.getScoped(ctx.db, actor, ctx.today(), s.id)) return true;
  return false;
}
