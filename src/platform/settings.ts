import type { DbOrTx } from './db/types.ts';
import { settingsRepo } from './settings-repo.ts';

/** Small JSON settings (policies, counters); values are validated by their owners. */
export async function readSetting<T>(db: DbOrTx, key: string, fallback: T): Promise<T> {
  const row = await settingsRepo.get(db, key);
  return row ? ({ ...fallback, ...(JSON.parse(row.value) as object) } as T) : fallback;
}

export async function writeSetting(db: DbOrTx, key: string, value: unknown, at: Date): Promise<void> {
  await settingsRepo.put(db, key, JSON.stringify(value), at.toISOString());
}
