import type { LuoshiModule } from '../platform/module.ts';
import { systemModule } from './system/index.ts';
import { accountModule } from './account/index.ts';
import { unitsModule } from './units/index.ts';
import { usersModule } from './users/index.ts';
import { securityModule } from './security/index.ts';
import { auditLogModule } from './audit-log/index.ts';
import { demoModule } from './demo/index.ts';
import { notificationsModule } from './notifications/index.ts';
import { ledgerModule } from './ledger/index.ts';
import { supervisionModule } from './supervision/index.ts';
import { dashboardModule } from './dashboard/index.ts';
import { briefingsModule } from './briefings/index.ts';
import { problemsModule } from './problems/index.ts';
import { partyOrgsModule } from './party-orgs/index.ts';
import { calendarModule } from './calendar/index.ts';
import { toDoModule } from './todo/index.ts';

/** Every capability of Luoshi, in the order their demo data loads. Adding one is one line here. */
export const modules: LuoshiModule[] = [
  systemModule,
  accountModule,
  unitsModule,
  usersModule,
  securityModule,
  calendarModule,
  auditLogModule,
  demoModule,
  notificationsModule,
  ledgerModule,
  supervisionModule,
  dashboardModule,
  briefingsModule,
  problemsModule,
  partyOrgsModule,
  toDoModule,
];
