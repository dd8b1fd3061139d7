import type { AppContext } from '../../../platform/context.ts';
import { withTx } from '../../../platform/db/tx.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, requirePermission, type Actor } from '../../../platform/access/index.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { yellowSpan } from '../domain/index.ts';
import { problemRepo, type ProblemFilter } from '../repo/problems.ts';
import { presentProblems } from '../service/present.ts';
import { problemSettings } from '../service/settings.ts';
import { fileNameOf, titleOf } from './layout.ts';
import { ProblemSheetWriter } from './sheet.ts';
import { writePages, type PreparedExport } from '../../../platform/excel/export-kit.ts';

const PAGE = 500;

const measureStatus: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    draft: '未下达',
    dispatched: '已下达',
    acknowledged: '已签收',
    inProgress: '推进中',
    signOffRequested: '申请销号',
    signedOff: '已销号',
    reopened: '重新办理',
    cancelled: '已撤销',
    returned: '退回',
    extensionRequested: '申请延期',
  },
  'en-US': {
    draft: 'Draft',
    dispatched: 'Dispatched',
    acknowledged: 'Acknowledged',
    inProgress: 'In progress',
    signOffRequested: 'Sign-off requested',
    signedOff: 'Signed off',
    reopened: 'Reopened',
    cancelled: 'Cancelled',
    returned: 'Returned',
    extensionRequested: 'Extension requested',
  },
};

type Measure = Awaited<ReturnType<typeof problemRepo.measures>>[number];

/** 整改措施 and 整改进展 cells: one numbered line per measure. */
function measureCells(locale: Locale, ms: Measure[]) {
  const sep = locale === 'en-US' ? ': ' : '：';
  return {
    measures: ms.map((m, i) => `${i + 1}. ${m.title}`).join('\n'),
    progress: ms
      .map((m, i) => {
        const pct = m.progress && m.status !== 'signedOff' ? `（${m.progress}%）` : '';
        return `${i + 1}. ${measureStatus[locale][m.status] ?? m.status}${pct}${m.latest_report ? sep + m.latest_report : ''}`;
      })
      .join('\n'),
  };
}

export const problemExportService = {
  /** Fixes the rows (the list's filters and scope, as of now) before a byte is written, so a refusal is an ordinary error. */
  async prepare(ctx: AppContext, actor: Actor, f: ProblemFilter, locale: Locale): Promise<PreparedExport> {
    requirePermission(actor, 'ledger.read');
    const today = ctx.today();
    const { warnDays } = await problemSettings(ctx.db);
    const total = await problemRepo.count(ctx.db, actor, f, today, yellowSpan(warnDays));
    const unitName = f.unitId !== undefined ? ((await problemRepo.unitNames(ctx.db, [f.unitId]))[0]?.name ?? null) : null;
    return {
      fileName: fileNameOf(locale, today),
      rows: total,
      write: async (out) => {
        const pages = async function* () {
          for (let page = 1; (page - 1) * PAGE < total; page++) {
            const rows = await problemRepo.page(ctx.db, actor, f, { page, pageSize: PAGE }, today, yellowSpan(warnDays));
            const measures = await problemRepo.measures(
              ctx.db,
              rows.map((r) => r.id),
            );
            yield (await presentProblems(ctx.db, rows, today, warnDays)).map((item) => ({
              item,
              ...measureCells(
                locale,
                measures.filter((m) => m.problem_id === item.id && m.status !== 'cancelled'),
              ),
            }));
          }
        };
        const rows = await writePages(new ProblemSheetWriter(out, locale, titleOf(locale, unitName, today)), pages(), (sheet, line) => sheet.addLine(line));
        await withTx(ctx.db, (tx) =>
          audit(tx, auditActor(actor), { action: 'problem.export', entity: 'problem', after: { filters: { ...f }, rows } }, ctx.clock.now()),
        );
        return rows;
      },
    };
  },
};
