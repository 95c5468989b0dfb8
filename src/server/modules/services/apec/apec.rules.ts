/**
 * The APEC card's rules, pure so each threshold is tested at its boundary: what an enterprise's filing misses of
 * the city's conditions, what stops an applicant at submission, how long a card may run.
 */
import type { ApecConditions, ApecFiling } from '@shared/contracts/services-apec';
import { addDays, addMonths } from '@shared/reference/dates';

export interface RuleProblem {
  key:
    | 'svc.apec.unmet.staff'
    | 'svc.apec.unmet.trade'
    | 'svc.apec.unmet.customs'
    | 'svc.apec.unmet.taxGrade'
    | 'svc.apec.unmet.tax'
    | 'svc.apec.passportTooShort'
    | 'svc.apec.certMissing'
    | 'svc.apec.certTooOld'
    | 'svc.apec.certInFuture'
    | 'svc.apec.noSocialInsurance'
    | 'svc.apec.cardBeyondPassport'
    | 'svc.apec.cardBeyondFiveYears'
    | 'svc.apec.cardBackwards';
  params?: Record<string, string | number>;
}

/** Every condition of the city the filing misses (all at once: the enterprise fixes them together). */
export function unmetConditions(f: ApecFiling, c: ApecConditions): RuleProblem[] {
  const out: RuleProblem[] = [];
  if (c.minStaff != null && f.staffCount < c.minStaff) out.push({ key: 'svc.apec.unmet.staff', params: { min: c.minStaff, actual: f.staffCount } });
  if (c.minTradeYuan != null && f.tradeYuan < c.minTradeYuan) out.push({ key: 'svc.apec.unmet.trade', params: { min: c.minTradeYuan, actual: f.tradeYuan } });
  if (c.customsRequired && !f.customsRegistered) out.push({ key: 'svc.apec.unmet.customs' });
  if (c.allowedTaxGrades.length && !c.allowedTaxGrades.includes(f.taxGrade))
    out.push({ key: 'svc.apec.unmet.taxGrade', params: { grade: f.taxGrade, allowed: c.allowedTaxGrades.join('/') } });
  if (c.minTaxYuan != null && f.taxPaidYuan < c.minTaxYuan) out.push({ key: 'svc.apec.unmet.tax', params: { min: c.minTaxYuan, actual: f.taxPaidYuan } });
  return out;
}

export interface ApplicantFacts {
  passportExpiry: string;
  socialInsurance6m: boolean;
  noCriminalCertOn: string | null;
}

/**
 * What stops an applicant on the day of submission: the passport must run at least two more years (on the day two
 * years ahead it still counts), the no-criminal-record certificate is valid six months from its date (a certificate
 * dated exactly six months ago still counts), and six months of social insurance.
 */
export function applicantProblems(a: ApplicantFacts, today: string): RuleProblem[] {
  const out: RuleProblem[] = [];
  const twoYears = addMonths(today, 24);
  if (a.passportExpiry < twoYears) out.push({ key: 'svc.apec.passportTooShort', params: { expiry: a.passportExpiry, needed: twoYears } });
  if (!a.noCriminalCertOn) out.push({ key: 'svc.apec.certMissing' });
  else if (a.noCriminalCertOn > today) out.push({ key: 'svc.apec.certInFuture', params: { date: a.noCriminalCertOn } });
  else if (a.noCriminalCertOn < addMonths(today, -6)) out.push({ key: 'svc.apec.certTooOld', params: { date: a.noCriminalCertOn } });
  if (!a.socialInsurance6m) out.push({ key: 'svc.apec.noSocialInsurance' });
  return out;
}

/** The last day a card starting on `validFrom` may run: five years less a day, and never past the passport. */
export function latestValidTo(validFrom: string, passportExpiry: string): string {
  const fiveYears = addDays(addMonths(validFrom, 60), -1);
  return fiveYears < passportExpiry ? fiveYears : passportExpiry;
}

/** What is wrong with a card's validity; empty when it may be recorded as it stands. */
export function cardValidityProblems(validFrom: string, validTo: string, passportExpiry: string): RuleProblem[] {
  if (validTo < validFrom) return [{ key: 'svc.apec.cardBackwards' }];
  const out: RuleProblem[] = [];
  if (validTo > passportExpiry) out.push({ key: 'svc.apec.cardBeyondPassport', params: { expiry: passportExpiry } });
  const fiveYears = addDays(addMonths(validFrom, 60), -1);
  if (validTo > fiveYears) out.push({ key: 'svc.apec.cardBeyondFiveYears', params: { latest: fiveYears } });
  return out;
}

/** A valid card counts as expiring from 90 days before its last day: time to apply for the next one. */
export const EXPIRING_DAYS = 90;
export const isExpiring = (validTo: string, today: string): boolean => validTo >= today && validTo <= addDays(today, EXPIRING_DAYS);
