import type { DbOrTx } from '../../../platform/db/types.ts';
import { readSetting } from '../../../platform/settings.ts';
import { DEFAULT_LIGHT_RULES, type LightRules } from '../domain/index.ts';

export const LIGHT_RULES_KEY = 'ledger.lightRules';

/** The configured light rules (yellow N days before, lagging, missing reports, escalation). */
export function lightRules(db: DbOrTx): Promise<LightRules> {
  return readSetting<LightRules>(db, LIGHT_RULES_KEY, DEFAULT_LIGHT_RULES);
}
