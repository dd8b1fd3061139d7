import type { AppContext } from '../../../platform/context.ts';
import type { DbOrTx } from '../../../platform/db/types.ts';
import { readSetting, writeSetting } from '../../../platform/settings.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, requirePermission, type Actor } from '../../../platform/access/index.ts';
import { withTx } from '../../../platform/db/tx.ts';
import { DEFAULT_PASS_SCORE } from '../domain/weak-lax.ts';
import { DEFAULT_STANDARD_THRESHOLD } from '../domain/standardization.ts';
import { DEFAULT_WEAK_INCOME } from '../domain/collective-economy.ts';

export const WORK_SETTINGS_KEY = 'partyOrgs.workSettings';

/**
 * The thresholds of the organizations' yearly work: the acceptance pass score (default 70), the
 * 倒排 quota percent (null: no quota), the standardization threshold, the 薄弱村 income line (yuan).
 */
export interface WorkSettings {
  passScore: number;
  quotaPercent: number | null;
  standardThreshold: number;
  weakIncomeBelow: number;
}

const DEFAULTS: WorkSettings = {
  passScore: DEFAULT_PASS_SCORE,
  quotaPercent: null,
  standardThreshold: DEFAULT_STANDARD_THRESHOLD,
  weakIncomeBelow: DEFAULT_WEAK_INCOME,
};

export function workSettings(db: DbOrTx): Promise<WorkSettings> {
  return readSetting<WorkSettings>(db, WORK_SETTINGS_KEY, DEFAULTS);
}

export const workSettingsService = {
  async get(ctx: AppContext, actor: Actor) {
    requirePermission(actor, 'partyOrgs.read');
    return workSettings(ctx.db);
  },

  async set(ctx: AppContext, actor: Actor, change: Partial<WorkSettings>) {
    requirePermission(actor, 'partyOrgs.manage');
    const now = ctx.clock.now();
    return withTx(ctx.db, async (tx) => {
      const before = await workSettings(tx);
      const after = { ...before, ...change };
      await writeSetting(tx, WORK_SETTINGS_KEY, after, now);
      await audit(
        tx,
        auditActor(actor),
        { action: 'update', entity: 'setting', entityId: WORK_SETTINGS_KEY, before: { ...before }, after: { ...change } },
        now,
      );
      return after;
    });
  },
};
