import type { LuoshiModule } from '../../platform/module.ts';
import { actorOf } from '../../platform/http/auth-hook.ts';
import { typed } from '../../platform/http/typed.ts';
import { toDoList } from './schema.ts';
import { toDoOf } from './service.ts';

/**
 * 待办: the home page's queues. It knows no capability: it asks every module's `toDo` contribution
 * (platform/module.ts) for the caller's lines, each counted in the caller's scope.
 */
export const toDoModule: LuoshiModule = {
  name: 'todo',
  routes(fastify, ctx) {
    typed(fastify).get(
      '/me/todo',
      { schema: { tags: ['account'], summary: "The caller's to-do (待办): per queue its count and the page that lists it", response: { 200: toDoList } } },
      (req) => toDoOf(ctx, actorOf(req)),
    );
  },
};
