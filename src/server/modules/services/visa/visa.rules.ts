/** The visa agency's rules of time and order, pure so their boundaries are tested without a database. */
import { VISA_CORRECTION_DAYS, type VisaPassportStatus } from '@shared/contracts/services-visa';
import type { CaseStatus } from '@shared/contracts/services';
import { addDays } from '@shared/reference/dates';

type Calendar = { workingDaysEnd(start: string, days: number): string };

/** The last day the unit may correct a passport's papers: two working days after the day of the notice. */
export const correctBy = (cal: Calendar, noticedOn: string): string => cal.workingDaysEnd(addDays(noticedOn, 1), VISA_CORRECTION_DAYS);

/** Whether the passport may now be recorded as not accepted: noticed, not corrected, and its two working days gone. */
export function correctionLapsed(cal: Calendar, p: { status: string; noticedOn: string | null; correctedOn: string | null }, today: string): boolean {
  return p.status === 'received' && !!p.noticedOn && !p.correctedOn && today > correctBy(cal, p.noticedOn);
}

/** The case statuses in which a unit's contact edits its batch, and those in which the window does. */
export const APPLICANT_EDITS: readonly CaseStatus[] = ['draft', 'noticed'];
export const WINDOW_EDITS: readonly CaseStatus[] = ['draft', 'submitted', 'noticed', 'accepted'];
/** The embassy's part happens once the window has accepted the batch; passports go back to the unit whatever came of it. */
export const EMBASSY_STEPS: readonly CaseStatus[] = ['accepted'];
export const RETURN_STEPS: readonly CaseStatus[] = ['accepted', 'issued', 'refused', 'closed', 'withdrawn'];

/** Where a passport may go next from where it is. */
export const NEXT: Readonly<Record<VisaPassportStatus, readonly VisaPassportStatus[]>> = {
  received: ['sent', 'not_accepted'],
  sent: ['issued', 'refused'],
  issued: ['returned'],
  refused: ['returned'],
  not_accepted: ['returned'],
  returned: [],
};
