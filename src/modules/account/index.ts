import type { LuoshiModule } from '../../platform/module.ts';
import { authMessages } from './messages.ts';
import { accountRoutes } from './routes.ts';

/** Log in and out, who am I, my password, my API tokens. */
export const accountModule: LuoshiModule = {
  name: 'account',
  messages: authMessages,
  routes: accountRoutes,
};

export { accountService } from './service.ts';
