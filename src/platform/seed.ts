import type { AppContext } from './context.ts';
import { readSetting, writeSetting } from './settings.ts';
import { calendarDate } from './clock.ts';
import type { Actor } from './access/actor.ts';
import { loadActor } from './auth/actor-loader.ts';
import { seedRepo } from './seed-repo.ts';

/** The context as it was `days` ago: demo data unfolds over the past weeks, not in one instant. */
export function daysAgo(ctx: AppContext, days: number): AppContext {
  const clock = { now: () => new Date(ctx.clock.now().getTime() - days * 86_400_000) };
  return { ...ctx, clock, today: () => calendarDate(clock.now(), ctx.config.timeZone) };
}

/** A demo user acting, as the auth layer would build them. */
export async function actorNamed(ctx: AppContext, username: string): Promise<Actor> {
  const u = await seedRepo.userIdByName(ctx.db, username);
  return (await loadActor(ctx.db, u.id, { ip: null, locale: 'zh-CN', via: 'cli' }))!;
}

/** The demo city's units by name, as a seed places its rows (unit names are unique in the demo). */
export async function demoUnitIds(ctx: AppContext): Promise<Map<string, number>> {
  return new Map((await seedRepo.units(ctx.db)).map((u) => [u.name, u.id]));
}

const DEMO_KEY = 'demo.loaded';

/** Runs every module's demo seed, in module order, once per database; true when it ran now. */
export async function loadDemoOnce(ctx: AppContext): Promise<boolean> {
  const state = await readSetting(ctx.db, DEMO_KEY, { at: '' });
  if (state.at) return false;
  if ((await seedRepo.unitCount(ctx.db)) > 0) return false; // a real install: never mix demo data in
  for (const m of ctx.modules) await m.seedDemo?.(ctx);
  await writeSetting(ctx.db, DEMO_KEY, { at: ctx.clock.now().toISOString() }, ctx.clock.now());
  return true;
}
