import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { AppContext } from '../../../platform/context.ts';
import { withTx } from '../../../platform/db/tx.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, requirePermission, type Actor } from '../../../platform/access/index.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { cellStyles, TableSheetWriter } from '../../../platform/excel/sheet-writer.ts';
import { writePages, type PreparedExport } from '../../../platform/excel/export-kit.ts';
import { UnitNames, unitRepo } from '../../units/index.ts';
import { BACKGROUND_WORDS, CATEGORY_WORDS, KIND_WORDS, type OrgCategory, type OrgKind, type SecretaryBackground } from '../domain/index.ts';
import { partyOrgRepo, type OrgFilter, type OrgRow } from '../repo/party-orgs.ts';
import { termWindow } from '../service/shared.ts';
import { columns, headers } from './layout.ts';

const PAGE = 1000;
const dateKeys = new Set(['foundedOn', 'termStart', 'termEnd']);
const centred = new Set(['category', 'kind', 'background', 'memberCount', 'secretary']);
const asDate = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);

/** The organization list in the layout it is imported in (the national system's words in the cells), streamed. */
class OrgSheetWriter extends TableSheetWriter {
  constructor(out: Writable, locale: Locale, title: string) {
    super(out, { sheetName: locale === 'en-US' ? 'Organizations' : '党组织', title, columns: columns.map((c) => ({ ...c, header: headers[locale][c.key] })) });
  }

  addLine(values: Record<string, ExcelJS.CellValue>): void {
    this.add(
      columns.map((c) => ({ value: values[c.key], style: dateKeys.has(c.key) ? cellStyles.date : centred.has(c.key) ? cellStyles.centred : cellStyles.text })),
    );
  }
}

export const orgExportService = {
  /** Fixes the rows (filters and scope, as of now) before a byte is written, so a refusal is an ordinary error. */
  async prepare(ctx: AppContext, actor: Actor, f: OrgFilter, locale: Locale): Promise<PreparedExport> {
    requirePermission(actor, 'partyOrgs.read');
    const w = termWindow(ctx);
    const total = await partyOrgRepo.count(ctx.db, actor, f, w);
    const units = new UnitNames(await unitRepo.tree(ctx.db, actor));
    const title = locale === 'en-US' ? `Party organizations (as of ${w.today})` : `党组织信息（截至${w.today}）`;
    return {
      fileName: locale === 'en-US' ? `party-organizations-${w.today}.xlsx` : `党组织信息-${w.today}.xlsx`,
      rows: total,
      write: async (out) => {
        const pages = async function* () {
          for (let page = 1; (page - 1) * PAGE < total; page++) {
            const rows: OrgRow[] = await partyOrgRepo.page(ctx.db, actor, f, { page, pageSize: PAGE }, w, 'id');
            yield rows.map((r) => ({
              name: r.name,
              category: CATEGORY_WORDS[r.category as OrgCategory] ?? r.category,
              kind: KIND_WORDS[r.kind as OrgKind] ?? r.kind,
              parent: r.parent_name ?? '',
              unit: units.name(r.host_unit_id) === null ? '' : units.label(r.host_unit_id),
              foundedOn: asDate(r.founded_on),
              secretary: r.secretary_name ?? '',
              background: r.secretary_background ? (BACKGROUND_WORDS[r.secretary_background as SecretaryBackground] ?? '') : '',
              memberCount: Number(r.member_count),
              termStart: asDate(r.term_start),
              termEnd: asDate(r.term_end),
            }));
          }
        };
        const rows = await writePages(new OrgSheetWriter(out, locale, title), pages(), (sheet, line) => sheet.addLine(line));
        await withTx(ctx.db, (tx) =>
          audit(tx, auditActor(actor), { action: 'partyOrg.export', entity: 'partyOrg', after: { filters: { ...f }, rows } }, ctx.clock.now()),
        );
        return rows;
      },
    };
  },
};
