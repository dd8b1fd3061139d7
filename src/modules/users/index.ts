import type { LuoshiModule } from '../../platform/module.ts';
import { userMessages } from './messages.ts';
import { userRoutes } from './routes.ts';
import { usersToDo } from './todo.ts';

export const usersModule: LuoshiModule = {
  name: 'users',
  messages: userMessages,
  menu: [{ key: 'admin.users', permission: 'user.read', order: 910 }],
  routes: userRoutes,
  toDo: usersToDo,
};

export { userService } from './service.ts';
export { userRepo } from './repo.ts';
export { user } from './schema.ts';
