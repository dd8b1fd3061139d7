import type { AppContext } from '../../platform/context.ts';

/** The demo city's organization system (filled in step 2). */
export async function seedPartyOrgs(_ctx: AppContext): Promise<void> {}
