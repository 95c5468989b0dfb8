/** Which conditions apply to a unit: the nearest office above it that keeps its own, else the defaults (常州's). */
import type { ApecConditions, ApecFiling, TaxGrade } from '@shared/contracts/services-apec';
import type { Db } from '@server/db/client';
import { getOrgUnitById } from '@server/platform/org/org.service';
import { conditionsOfOffices, type ConditionsRow, type FilingRow } from './apec.repository';

/** 常州's published thresholds (≥5 staff, ≥500k yuan trade, customs-registered, tax grade M or better), until an office sets its own. */
export const DEFAULT_CONDITIONS: ApecConditions = {
  minStaff: 5,
  minTradeYuan: 500_000,
  customsRequired: true,
  allowedTaxGrades: ['A', 'B', 'M'],
  minTaxYuan: null,
  source: '常州',
};

/** The unit itself and every unit above it, nearest first. */
export async function chainOf(db: Db, unitId: number): Promise<number[]> {
  const out: number[] = [];
  let row = await getOrgUnitById(db, unitId);
  while (row && out.length < 20) {
    out.push(row.id);
    row = row.parentId ? await getOrgUnitById(db, row.parentId) : null;
  }
  return out;
}

export const conditionsOfRow = (r: ConditionsRow): ApecConditions => ({
  minStaff: r.minStaff,
  minTradeYuan: r.minTradeYuan,
  customsRequired: r.customsRequired,
  allowedTaxGrades: r.allowedTaxGrades as TaxGrade[],
  minTaxYuan: r.minTaxYuan,
  source: r.source,
});

/** The row that governs a unit (or an office) and the conditions in it; no row means the defaults. */
export async function effectiveConditions(db: Db, unitId: number): Promise<{ row: ConditionsRow | null; conditions: ApecConditions }> {
  const chain = await chainOf(db, unitId);
  const rows = await conditionsOfOffices(db, chain);
  const byOffice = new Map(rows.map((r) => [r.orgUnitId, r]));
  const row = chain.map((id) => byOffice.get(id)).find((r) => r) ?? null;
  return { row, conditions: row ? conditionsOfRow(row) : DEFAULT_CONDITIONS };
}

export const filingOfRow = (r: FilingRow): ApecFiling => ({
  staffCount: r.staffCount,
  tradeYuan: r.tradeYuan,
  customsRegistered: r.customsRegistered,
  customsCode: r.customsCode,
  taxGrade: r.taxGrade as TaxGrade,
  taxPaidYuan: r.taxPaidYuan,
  stateOwned: r.stateOwned,
});
