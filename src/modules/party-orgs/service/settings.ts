import type { AppContext } from '../../../platform/context.ts';
import type { DbOrTx } from '../../../platform/db/types.ts';
import { readSetting, writeSetting } from '../../../platform/settings.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, requirePermission, type Actor } from '../../../platform/access/index.ts';
import { withTx } from '../../../platform/db/tx.ts';
import { DEFAULT_TERM_RULES, type TermRules } from '../domain/index.ts';
import { recomputeDefaultTerms } from './terms.ts';

export const SETTINGS_KEY = 'partyOrgs.settings';

/** The registry's settings: term lengths (domain/terms.ts says where the defaults come from). */
export interface PartyOrgSettings {
  termRules: TermRules;
}

const DEFAULTS: PartyOrgSettings = { termRules: DEFAULT_TERM_RULES };

export async function partyOrgSettings(db: DbOrTx): Promise<PartyOrgSettings> {
  const s = await readSetting<PartyOrgSettings>(db, SETTINGS_KEY, DEFAULTS);
  return { ...s, termRules: { ...DEFAULT_TERM_RULES, ...s.termRules, byKind: { ...DEFAULT_TERM_RULES.byKind, ...s.termRules.byKind } } };
}

export const settingsService = {
  async get(ctx: AppContext, actor: Actor) {
    requirePermission(actor, 'partyOrgs.read');
    return partyOrgSettings(ctx.db);
  },

  /** Changes the term lengths; organizations on the default length get their term end again. */
  async setTermRules(ctx: AppContext, actor: Actor, termRules: TermRules) {
    requirePermission(actor, 'partyOrgs.manage');
    const now = ctx.clock.now();
    return withTx(ctx.db, async (tx) => {
      const before = await partyOrgSettings(tx);
      const after = { ...before, termRules };
      await writeSetting(tx, SETTINGS_KEY, after, now);
      await audit(tx, auditActor(actor), { action: 'update', entity: 'setting', entityId: SETTINGS_KEY, before: { ...before }, after: { termRules } }, now);
      await recomputeDefaultTerms(tx, termRules, now.toISOString());
      return after;
    });
  },
};
