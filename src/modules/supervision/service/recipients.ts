import type { DbOrTx } from '../../../platform/db/types.ts';
import { holdersOf } from '../../../platform/access/index.ts';
import type { RecipientDescriptor } from '../../ledger/index.ts';

export interface TaskParties {
  leadUnitId: number;
  supportingUnitIds: number[];
  /** The task's named liaison (联络员), told along with the unit's liaison grant holders. */
  liaisonId: number | null;
}

/**
 * Resolves the light rules' recipient descriptors to users. Leader ranks (分管领导 inCharge,
 * 主要领导 principal) are not recorded on users yet, so every 'leader' grant holder nearest the
 * unit counts as both ranks.
 */
export async function resolveRecipients(db: DbOrTx, descriptors: readonly RecipientDescriptor[], task: TaskParties): Promise<number[]> {
  const out = new Set<number>();
  for (const d of descriptors) {
    const units = d.of === 'leadUnit' ? [task.leadUnitId] : task.supportingUnitIds;
    for (const unit of units) {
      // Supervisors: all who cover the unit (as the ledger notifies them); others: the nearest grant holders.
      const users = await holdersOf(db, d.role, unit, d.role !== 'supervisor');
      for (const u of users) out.add(u);
    }
    if (d.role === 'liaison' && d.of === 'leadUnit' && task.liaisonId !== null) out.add(task.liaisonId);
  }
  return [...out];
}

/** The lead unit's liaisons and leaders: who hears of a manual reminder or a supervision notice. */
export function liaisonsAndLeaders(db: DbOrTx, task: TaskParties): Promise<number[]> {
  return resolveRecipients(
    db,
    [
      { role: 'liaison', of: 'leadUnit' },
      { role: 'leader', of: 'leadUnit', rank: 'inCharge' },
    ],
    task,
  );
}
