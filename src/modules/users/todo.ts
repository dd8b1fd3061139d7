import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/access/index.ts';
import type { ToDoContribution, ToDoItem } from '../../platform/module.ts';
import { userRepo } from './repo.ts';

/** The administrators' queues among users: disabled accounts (sysAdmin), accounts locked now (secAdmin). */
export const usersToDo: ToDoContribution = {
  keys: ['users.disabled', 'users.locked'],
  async items(ctx: AppContext, actor: Actor) {
    const out: ToDoItem[] = [];
    if (actor.permissions.has('user.manage')) {
      out.push({ key: 'users.disabled', count: await userRepo.count(ctx.db, actor, { status: 'disabled' }), link: '/admin/users?status=disabled' });
    }
    if (actor.permissions.has('role.grant') && actor.permissions.has('user.read')) {
      const n = await userRepo.count(ctx.db, actor, { locked: true, lockedAt: ctx.clock.now().toISOString() });
      out.push({ key: 'users.locked', count: n, link: '/admin/users?locked=true', severity: 'warning' });
    }
    return out;
  },
};
