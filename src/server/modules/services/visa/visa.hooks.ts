import { scopeOf } from '@server/platform/access/scope';
import { getOrgUnitById } from '@server/platform/org/org.service';
import { approvedTripIds } from '@server/modules/travel/travel.module';
import type { CaseKindHooks, KindProblem } from '../cases/kinds';
import { livePassportsOfCase } from './visa.repository';

/** The passports that count: a line the window did not accept is no longer part of the batch. */
const counted = <T extends { status: string }>(rows: T[]) => rows.filter((p) => p.status !== 'not_accepted');

/**
 * What the visa kind adds to the case machinery: a batch is submitted with at least one passport, each linked trip
 * still approved (seen from the case's unit, as travel scopes it); it counts passports (份), holders (人次) and countries.
 */
export const visaHooks: CaseKindHooks = {
  kind: 'visa',
  personsMayApply: false,
  async submitProblems(tx, row) {
    const rows = counted(await livePassportsOfCase(tx, row.id));
    const problems: KindProblem[] = [];
    if (!rows.length) problems.push({ key: 'svc.visa.noPassport', path: 'passports' });
    const linked = rows.filter((p) => p.travelApplicationId != null);
    if (linked.length) {
      const unit = await getOrgUnitById(tx, row.orgUnitId);
      const approved = unit
        ? await approvedTripIds(
            tx,
            scopeOf({ scopePath: unit.path }),
            linked.map((p) => p.travelApplicationId!),
          )
        : new Set<number>();
      for (const p of linked)
        if (!approved.has(p.travelApplicationId!))
          problems.push({ key: 'svc.visa.linkedTripNotApproved', params: { name: p.holderName }, path: `passports.${rows.indexOf(p)}.travelApplicationId` });
    }
    return problems;
  },
  async figures(tx, row) {
    const rows = counted(await livePassportsOfCase(tx, row.id));
    return {
      pieces: rows.length,
      persons: new Set(rows.map((p) => p.holderName.trim())).size,
      countries: [...new Set(rows.map((p) => p.country))].sort(),
    };
  },
};
