import type { AppContext } from './context.ts';
import { readSetting, writeSetting } from './settings.ts';

const DEMO_KEY = 'demo.loaded';

/** Runs every module's demo seed, in module order, once per database; true when it ran now. */
export async function loadDemoOnce(ctx: AppContext): Promise<boolean> {
  const state = await readSetting(ctx.db, DEMO_KEY, { at: '' });
  if (state.at) return false;
  const units = await ctx.db.selectFrom('units').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(units.n) > 0) return false; // a real install: never mix demo data in
  for (const m of ctx.modules) await m.seedDemo?.(ctx);
  await writeSetting(ctx.db, DEMO_KEY, { at: ctx.clock.now().toISOString() }, ctx.clock.now());
  return true;
}
