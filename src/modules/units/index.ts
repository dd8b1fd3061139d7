import type { LuoshiModule } from '../../platform/module.ts';
import { unitMessages } from './messages.ts';
import { unitRoutes } from './routes.ts';

export const unitsModule: LuoshiModule = {
  name: 'units',
  messages: unitMessages,
  menu: [{ key: 'admin.units', permission: 'unit.manage', order: 900 }],
  routes: unitRoutes,
};

export { unitService } from './service.ts';
export { unitRepo } from './repo.ts';
export { unitKinds, type UnitKind } from './domain/kinds.ts';
export { UnitNames, normalUnitName, type NamedUnit, type ResolvedUnit } from './domain/unit-names.ts';
