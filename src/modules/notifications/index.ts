import type { LuoshiModule } from '../../platform/module.ts';
import './tables.ts';
import * as notificationsMigration from './migrations/20261125-0050-notifications.ts';
import { notificationRoutes } from './routes.ts';

/** 站内通知: the bell. Every module notifies through notify(); later channels plug in as delivery hooks. */
export const notificationsModule: LuoshiModule = {
  name: 'notifications',
  migrations: { '20261125-0050-notifications': notificationsMigration },
  routes(app, ctx) {
    notificationRoutes(app, ctx);
  },
};

export { notify, addDeliveryHook, type DeliveryHook } from './service.ts';
export { LINK_TYPES, type LinkTarget, type LinkType, type Notice } from './types.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import { notificationRepo } from './repo.ts';
import type { LinkTarget } from './types.ts';
/** A module deleting a linked row drops the notifications that would open it. */
export const forgetLink = (db: DbOrTx, link: LinkTarget) => notificationRepo.forgetLink(db, link);
/** For tests: who got which notifications of a kind for a link, by username. */
export const notificationRecipients = (db: DbOrTx, link: LinkTarget, kind: string) => notificationRepo.recipients(db, link, kind);
