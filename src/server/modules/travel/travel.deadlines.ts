import type { LimitsParams } from '@shared/contracts/travel';
import { addDays, addMonths } from '@shared/reference/dates';
import { ruleInForce, type RuleVersionRow } from './travel.rules';
import type { AppRow } from './repository/applications';

export type OverdueKind = 'return' | 'passports' | 'report';

/** The limits in force on a trip's departure (deadlines are those of the rules the trip travelled under). */
export function limitsFor(rules: Array<RuleVersionRow<unknown>>, departDate: string): LimitsParams | null {
  return (ruleInForce(rules, 'limits', departDate)?.params as LimitsParams | undefined) ?? null;
}

/** Deadlines once the actual return date is known: passports back within N days, the report within N months. */
export function deadlinesAfterReturn(limits: LimitsParams | null, actualReturn: string) {
  return {
    passportsDue: addDays(actualReturn, limits?.passportReturnDays ?? 7),
    reportDue: addMonths(actualReturn, limits?.reportMonths ?? 1),
  };
}

/**
 * What an approved trip still owes the office, with due dates, when overdue on `today`. A trip not yet
 * recorded as returned owes its return record by the day its passports would be due.
 */
export function overdueKinds(row: AppRow, rules: Array<RuleVersionRow<unknown>>, today: string): Array<{ kind: OverdueKind; dueOn: string }> {
  if (row.status !== 'approved') return [];
  const out: Array<{ kind: OverdueKind; dueOn: string }> = [];
  if (!row.actualReturn) {
    const plannedReturn = row.approvedReturn ?? row.returnDate;
    const due = deadlinesAfterReturn(limitsFor(rules, row.departDate), plannedReturn).passportsDue;
    if (due < today) out.push({ kind: 'return', dueOn: due });
    return out;
  }
  if (!row.passportsReturnedOn && row.passportsDue && row.passportsDue < today) out.push({ kind: 'passports', dueOn: row.passportsDue });
  if (!row.reportFiledOn && row.reportDue && row.reportDue < today) out.push({ kind: 'report', dueOn: row.reportDue });
  return out;
}

/** Whether a reminder's item has been dealt with (or no longer applies). */
export function reminderResolved(row: AppRow, kind: string): boolean {
  if (row.status !== 'approved') return true;
  if (kind === 'return') return !!row.actualReturn;
  if (kind === 'passports') return !!row.passportsReturnedOn;
  return !!row.reportFiledOn;
}
