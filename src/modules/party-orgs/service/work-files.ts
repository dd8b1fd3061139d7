import type { DbOrTx } from '../../../platform/db/types.ts';
import type { Actor } from '../../../platform/access/index.ts';
import { weakLaxRepo } from '../repo/weak-lax.ts';
import { standardRepo } from '../repo/standardization.ts';

/** Whether the actor may read a file held as evidence of an acceptance (验收) or an assessment of an organization it may see. */
export async function workFilesVisible(db: DbOrTx, actor: Actor, fileId: number): Promise<boolean> {
  return (await weakLaxRepo.evidenceVisible(db, actor, fileId)) || (await standardRepo.evidenceVisible(db, actor, fileId));
}
