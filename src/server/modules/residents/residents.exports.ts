/**
 * The ledger's downloads: the filtered export (streamed, audited before the first byte leaves), the import
 * template and the daily report workbook (audited once it is built).
 */
import type { ResidentFilter } from '@shared/contracts/residents';
import { say } from '@shared/labels/labels';
import { unitName } from '@shared/labels/platform';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { recordAudit } from '@server/platform/audit/audit';
import { buildXlsx, type CellValue, type Sheet, type Workbook } from '@server/platform/files/excel';
import { areaChains, getOrgUnitById } from '@server/platform/org/org.service';
import { dailyReportRows, exportColumns, exportRow, SHEET_NAMES } from './residents.excel';
import { maySeeDocNumbers } from './residents.policy';
import { residentBatches, withNationalityCodes } from './residents.service';
import { dailyStats } from './residents.stats';
import { clock } from '@server/clock';

/** The files of a filter in the caller's subtree as a sheet, document numbers masked unless the role may see them. */
export async function ledgerSheet(db: Db, actor: Actor, q: ResidentFilter): Promise<Sheet> {
  const filter = withNationalityCodes(q);
  const seeDoc = maySeeDocNumbers(actor);
  // Audited before the first byte leaves: a download cut off half way still handed out personal data.
  await recordAudit(db, actor, {
    action: 'resident.export',
    entityType: 'resident',
    orgUnitId: actor.orgUnitId,
    detail: { filter: q, maskedDocNumbers: !seeDoc },
  });
  const today = clock.today();
  async function* rows(): AsyncGenerator<Record<string, CellValue>> {
    for await (const batch of residentBatches(db, actor, filter, today)) {
      const chains = await areaChains(
        db,
        batch.map((r) => r.orgUnitId),
      );
      for (const r of batch) yield exportRow(r, chains.get(r.orgUnitId) ?? [], actor.locale, !seeDoc, today);
    }
  }
  return {
    fileName: say(SHEET_NAMES.exportFile(clock.today()), actor.locale),
    sheetName: say(SHEET_NAMES.ledger, actor.locale),
    columns: exportColumns(actor.locale),
    rows: rows(),
  };
}

/** The template's example row, written the way offices write it (a Chinese date, labels, a dotted date): the import reads it back. */
const EXAMPLE: Record<string, CellValue> = {
  surname: 'KIM',
  givenNames: 'MINSU',
  nameZh: '金民洙',
  sex: '男',
  birthDate: '1990年3月1日',
  nationality: '韩国',
  docType: '普通护照',
  docNumber: 'M12345678',
  docExpiry: '2030.3.1',
  visaType: 'Z',
  visaExpiry: '2027-03-01',
  arrivalDate: '2026-01-15',
  accommodationRegistered: '是',
};

/** The import template: the export's headers in the caller's language and one example row. */
export async function importTemplate(actor: Actor): Promise<Workbook> {
  const columns = exportColumns(actor.locale);
  const content = await buildXlsx([
    {
      name: say(SHEET_NAMES.ledger, actor.locale),
      rows: [columns.map((c) => c.header), columns.map((c) => EXAMPLE[c.key] ?? null)],
      widths: columns.map((c) => c.width ?? 14),
      boldRows: [1],
    },
  ]);
  return { fileName: say(SHEET_NAMES.template, actor.locale), content };
}

/** The "as of 12:00" daily report of the caller's unit as a workbook; handing it out is audited. */
export async function dailyReportWorkbook(db: Db, actor: Actor, date: string): Promise<Workbook> {
  const figures = await dailyStats(db, actor, date);
  const unit = await getOrgUnitById(db, actor.orgUnitId);
  const content = await buildXlsx([
    { name: date, rows: dailyReportRows(figures, date, actor.locale, unit ? unitName(unit, actor.locale) : ''), widths: [36, 12], boldRows: [1] },
  ]);
  await recordAudit(db, actor, { action: 'resident.dailyReport.export', entityType: 'resident', orgUnitId: actor.orgUnitId, detail: { date } });
  return { fileName: say(SHEET_NAMES.dailyFile(date), actor.locale), content };
}
