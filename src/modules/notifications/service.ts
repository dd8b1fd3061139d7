import type { DbOrTx } from '../../platform/db/types.ts';
import { notificationRepo } from './repo.ts';
import type { Notice } from './types.ts';

/**
 * A channel beyond the in-app bell (WeCom, DingTalk, e-mail…): called after the in-app rows are
 * written, inside the same transaction, so a channel should queue (a job), not send. None yet.
 */
export type DeliveryHook = (db: DbOrTx, notice: Notice & { recipients: number[] }, at: string) => Promise<void>;
const deliveryHooks: DeliveryHook[] = [];

/** Channels register here and nowhere else; the returned function unregisters. */
export function addDeliveryHook(hook: DeliveryHook): () => void {
  deliveryHooks.push(hook);
  return () => void deliveryHooks.splice(deliveryHooks.indexOf(hook), 1);
}

/** The one way any module notifies: the in-app row per recipient, then every registered channel. */
export async function notify(db: DbOrTx, notice: Notice, at: string) {
  const recipients = [...new Set(notice.recipients)];
  if (!recipients.length) return;
  await notificationRepo.insert(db, recipients, { kind: notice.kind, link: notice.link ?? null, title: notice.title, body: notice.body ?? '' }, at);
  for (const hook of deliveryHooks) await hook(db, { ...notice, recipients }, at);
}
