import type { LuoshiModule } from '../../platform/module.ts';
import { securityMessages } from './messages.ts';
import { securityRoutes } from './routes.ts';

/** 安全保密管理: roles, grants, password and session policy — the secAdmin's work. */
export const securityModule: LuoshiModule = {
  name: 'security',
  messages: securityMessages,
  menu: [{ key: 'admin.roles', permission: 'role.grant', order: 920 }],
  routes: securityRoutes,
};

// The demo seed and tests set the password policy through the service, as the secAdmin's routes do.
export { securityService } from './service.ts';
