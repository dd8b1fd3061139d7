import type { LuoshiModule } from '../../platform/module.ts';
import { unitMessages } from './messages.ts';
import { unitRepo } from './repo.ts';
import { unitRoutes } from './routes.ts';

export const unitsModule: LuoshiModule = {
  name: 'units',
  messages: unitMessages,
  menu: [{ key: 'admin.units', permission: 'unit.manage', order: 900 }],
  routes: unitRoutes,
  // The sysAdmin's queue: units nobody reports for (no active 联络员), opening the units page's list of them.
  toDo: {
    keys: ['units.withoutLiaison'],
    async items(ctx, actor) {
      if (!actor.permissions.has('unit.manage')) return [];
      const count = await unitRepo.countFiltered(ctx.db, actor, { withoutRole: 'liaison' });
      return [{ key: 'units.withoutLiaison', count, link: '/admin/units?withoutRole=liaison', severity: 'warning' }];
    },
  },
};

export { unitService } from './service.ts';
export { unitRepo } from './repo.ts';
export { unitKinds, type UnitKind } from './domain/kinds.ts';
export { UnitNames, normalUnitName, type NamedUnit, type ResolvedUnit } from './domain/unit-names.ts';
