import type { AppContext } from '../../../platform/context.ts';
import { withTx } from '../../../platform/db/tx.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, requirePermission, type Actor } from '../../../platform/access/index.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { fileContent, saveFile } from '../../../platform/files/index.ts';
import { t } from '../../../platform/i18n/index.ts';
import { issuingDepartment } from '../../../platform/issuer.ts';
import { notify } from '../../notifications/index.ts';
import { addDays } from '../../../platform/calendar/index.ts';
import { formatNoticeNumber, yearOf } from '../domain/index.ts';
import { noticeRepo, type NoticeRow } from '../repo/notices.ts';
import { renderNoticeDocx } from './notice-docx.ts';
import { liaisonsAndLeaders } from './recipients.ts';
import { partiesOfView, publishTaskEvent, supervisedTask } from './shared.ts';

export interface NoticeInput {
  requirements: string;
  dueBy?: string;
  /** 签发人: the leader who signed the request off; left blank on the form when not given. */
  signer?: string;
  /** 反馈方式's telephone; the issuer's own number on record when not given. */
  phone?: string;
}

/** Without a reply-by date, a unit has a week to answer. */
const DEFAULT_REPLY_DAYS = 7;
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const present = (r: NoticeRow) => ({
  id: r.id,
  number: r.number ?? `督办〔${r.year}〕第${r.seq}号`,
  year: r.year,
  seq: r.seq,
  task: { id: r.task_id, title: r.task_title },
  unit: { id: r.unit_id, name: r.unit_name },
  requirements: r.requirements,
  dueBy: r.due_by,
  issuedBy: { id: r.issued_by, name: r.issuer_name },
  issuedAt: r.issued_at,
  download: `/api/supervision-notices/${r.id}.docx`,
});

export const noticeService = {
  /** 督办单: numbered, rendered to .docx, stored, and sent to the lead unit's liaisons and leaders. */
  async issue(ctx: AppContext, actor: Actor, taskId: number, input: NoticeInput) {
    const task = await supervisedTask(ctx, actor, taskId);
    const parties = partiesOfView(task);
    const today = ctx.today();
    const dueBy = input.dueBy ?? addDays(today, DEFAULT_REPLY_DAYS);
    if (dueBy < today) throw new AppError('supervision.due_by_past', 'invalid', { today });
    const issuer = await noticeRepo.issuer(ctx.db, actor.userId);
    const department = await issuingDepartment(ctx.db);
    const now = ctx.clock.now();
    const id = await withTx(ctx.db, async (tx) => {
      const year = yearOf(today);
      const seq = await noticeRepo.nextSeq(tx, year);
      const number = formatNoticeNumber(department.code, year, seq);
      const docx = await renderNoticeDocx({
        number,
        unitName: task.leadUnit!.name,
        taskTitle: task.title,
        taskNumber: task.number,
        deadline: task.deadline,
        progress: task.latestReport ? `${task.latestReport}（进度 ${task.progress}%）` : null,
        requirements: input.requirements,
        dueBy,
        // 督办单位 is the issuing department (the install's setting), as on every document it sends.
        issuerUnit: department.name,
        issuerName: issuer?.name ?? actor.displayName,
        issuedOn: today,
        helperUnits: task.supportingUnits.map((u) => u.name),
        signer: input.signer?.trim() || undefined,
        phone: input.phone?.trim() || issuer?.phone || undefined,
      });
      // Stored before the commit: a rollback leaves an unreferenced blob, never a row without its file.
      const fileId = await saveFile(ctx, tx, { name: `督办通知单-${number}.docx`, mime: DOCX, data: docx, createdBy: actor.userId, at: now.toISOString() });
      const id = await noticeRepo.insert(tx, {
        year,
        seq,
        number,
        taskId,
        unitId: parties.leadUnitId,
        requirements: input.requirements,
        dueBy,
        issuedBy: actor.userId,
        issuedAt: now.toISOString(),
        fileId,
      });
      const to = (await liaisonsAndLeaders(tx, parties)).filter((u) => u !== actor.userId);
      await notify(
        tx,
        {
          kind: 'supervision.notice',
          recipients: to,
          link: { type: 'task', id: taskId },
          title: t('zh-CN', 'supervision.notify.notice.title', { number }),
          body: t('zh-CN', 'supervision.notify.notice.body', { title: task.title, dueBy }),
        },
        now.toISOString(),
      );
      await audit(
        tx,
        auditActor(actor),
        { action: 'task.supervisionNotice', entity: 'task', entityId: taskId, after: { noticeId: id, number, requirements: input.requirements, dueBy } },
        now,
      );
      return id;
    });
    publishTaskEvent(ctx, 'task.supervisionNoticeIssued', { id: taskId, ...parties }, { noticeId: id });
    return this.get(ctx, actor, id);
  },

  async list(ctx: AppContext, actor: Actor, taskId?: number) {
    requirePermission(actor, 'ledger.read');
    const rows = await noticeRepo.list(ctx.db, actor, ctx.today(), { taskId });
    return { total: rows.length, items: rows.map(present) };
  },

  async get(ctx: AppContext, actor: Actor, id: number) {
    requirePermission(actor, 'ledger.read');
    const [row] = await noticeRepo.list(ctx.db, actor, ctx.today(), { id });
    if (!row) throw notFound();
    return present(row);
  },

  /** The .docx, for whoever may see the task (out of scope is "not found"). */
  async download(ctx: AppContext, actor: Actor, id: number) {
    requirePermission(actor, 'ledger.read');
    const [row] = await noticeRepo.list(ctx.db, actor, ctx.today(), { id });
    if (!row) throw notFound();
    const file = row.file_id === null ? undefined : await fileContent(ctx, row.file_id);
    if (!file) throw new AppError('supervision.notice_file_missing', 'notFound');
    return file;
  },
};
