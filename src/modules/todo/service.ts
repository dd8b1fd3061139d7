import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/access/index.ts';
import type { ToDoContribution, ToDoItem } from '../../platform/module.ts';

function toDoContributions(ctx: AppContext): ToDoContribution[] {
  return ctx.modules.flatMap((m) => (m.toDo ? [m.toDo] : []));
}

/**
 * Every module's to-do lines for the actor, in module order. A module answers only for the work
 * its permissions give the actor, so the list is the actor's roles' queues. A failing module is
 * logged and left out: the home page still shows the others.
 */
export async function toDoOf(ctx: AppContext, actor: Actor) {
  const items: Required<ToDoItem>[] = [];
  for (const c of toDoContributions(ctx)) {
    try {
      for (const i of await c.items(ctx, actor)) items.push({ severity: 'info', note: null, ...i });
    } catch (err) {
      ctx.log.error({ err, keys: c.keys }, 'to-do contribution failed');
    }
  }
  return { items };
}
