import type { AppContext } from '../../../platform/context.ts';
import type { DbOrTx } from '../../../platform/db/types.ts';
import { readSetting, writeSetting } from '../../../platform/settings.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, requirePermission, type Actor } from '../../../platform/access/index.ts';
import { withTx } from '../../../platform/db/tx.ts';
import { DEFAULT_CATEGORIES, DEFAULT_WARN_DAYS, normalizeWarnDays } from '../domain/index.ts';

export const SETTINGS_KEY = 'problems.settings';

/** The category dictionary (问题类别) and the warning thresholds, in days before the deadline. */
export interface ProblemSettings {
  categories: string[];
  warnDays: number[];
}

const DEFAULTS: ProblemSettings = { categories: DEFAULT_CATEGORIES, warnDays: DEFAULT_WARN_DAYS };

export function problemSettings(db: DbOrTx): Promise<ProblemSettings> {
  return readSetting<ProblemSettings>(db, SETTINGS_KEY, DEFAULTS);
}

async function save(ctx: AppContext, actor: Actor, change: Partial<ProblemSettings>): Promise<ProblemSettings> {
  requirePermission(actor, 'problems.manage');
  const now = ctx.clock.now();
  return withTx(ctx.db, async (tx) => {
    const before = await problemSettings(tx);
    const after = { ...before, ...change };
    await writeSetting(tx, SETTINGS_KEY, after, now);
    await audit(tx, auditActor(actor), { action: 'update', entity: 'setting', entityId: SETTINGS_KEY, before: { ...before }, after: { ...change } }, now);
    return after;
  });
}

export const settingsService = {
  async categories(ctx: AppContext, actor: Actor) {
    requirePermission(actor, 'ledger.read');
    return { items: (await problemSettings(ctx.db)).categories };
  },

  async setCategories(ctx: AppContext, actor: Actor, items: string[]) {
    const categories = [...new Set(items.map((c) => c.trim()).filter(Boolean))];
    return { items: (await save(ctx, actor, { categories })).categories };
  },

  async lights(ctx: AppContext, actor: Actor) {
    requirePermission(actor, 'ledger.read');
    return { warnDays: (await problemSettings(ctx.db)).warnDays };
  },

  async setLights(ctx: AppContext, actor: Actor, warnDays: number[]) {
    return { warnDays: (await save(ctx, actor, { warnDays: normalizeWarnDays(warnDays) })).warnDays };
  },
};
