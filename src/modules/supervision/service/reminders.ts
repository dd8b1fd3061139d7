import type { AppContext } from '../../../platform/context.ts';
import { withTx } from '../../../platform/db/tx.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, type Actor } from '../../../platform/access/index.ts';
import { AppError } from '../../../platform/errors.ts';
import { t } from '../../../platform/i18n/index.ts';
import { notify } from '../../notifications/index.ts';
import { reminderRepo } from '../repo/reminders.ts';
import { liaisonsAndLeaders } from './recipients.ts';
import { partiesOfView, publishTaskEvent, supervisedTask } from './shared.ts';

export const reminderService = {
  /**
   * 催办 by hand: the lead unit's liaisons and its leader in charge are told. One per task, sender
   * and calendar day; the unique key on manual_reminders enforces it even for simultaneous clicks.
   */
  async remind(ctx: AppContext, actor: Actor, taskId: number, message: string | undefined) {
    const task = await supervisedTask(ctx, actor, taskId);
    const parties = partiesOfView(task);
    const now = ctx.clock.now();
    const text = message?.trim() || null;
    const result = await withTx(ctx.db, async (tx) => {
      const to = (await liaisonsAndLeaders(tx, parties)).filter((u) => u !== actor.userId);
      const id = await reminderRepo.insertManual(
        tx,
        { taskId, senderId: actor.userId, day: ctx.today(), message: text, recipients: to.length },
        now.toISOString(),
      );
      if (id === null) throw new AppError('supervision.reminder_limit', 'conflict');
      await notify(
        tx,
        {
          kind: 'supervision.reminder.manual',
          recipients: to,
          link: { type: 'task', id: taskId },
          title: t('zh-CN', 'supervision.notify.manual.title', { title: task.title }),
          body: text ?? t('zh-CN', 'supervision.notify.manual.body', { sender: actor.displayName }),
        },
        now.toISOString(),
      );
      await audit(tx, auditActor(actor), { action: 'task.remind', entity: 'task', entityId: taskId, after: { message: text, recipients: to.length } }, now);
      return { id, recipients: to.length };
    });
    publishTaskEvent(ctx, 'task.reminded', { id: taskId, ...parties }, { manual: true });
    return result;
  },
};
