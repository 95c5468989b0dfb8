import { describe, expect, it } from 'vitest';
import {
  type ApplicantFacts,
  applicantProblems,
  cardValidityProblems,
  isExpiring,
  latestValidTo,
  unmetConditions,
} from '../../../src/server/modules/services/apec/apec.rules';
import type { ApecConditions, ApecFiling } from '../../../src/shared/contracts/services-apec';

const changzhou: ApecConditions = {
  minStaff: 5,
  minTradeYuan: 500_000,
  customsRequired: true,
  allowedTaxGrades: ['A', 'B', 'M'],
  minTaxYuan: 300_000,
  source: '常州',
};
const meets: ApecFiling = {
  staffCount: 5,
  tradeYuan: 500_000,
  customsRegistered: true,
  customsCode: null,
  taxGrade: 'M',
  taxPaidYuan: 300_000,
  stateOwned: false,
};
const keys = (f: Partial<ApecFiling>, c: ApecConditions = changzhou) => unmetConditions({ ...meets, ...f }, c).map((p) => p.key);

describe('unmetConditions', () => {
  it('takes a filing exactly at every threshold', () => expect(keys({})).toEqual([]));
  it('misses each threshold one below it', () => {
    expect(keys({ staffCount: 4 })).toEqual(['svc.apec.unmet.staff']);
    expect(keys({ tradeYuan: 499_999.99 })).toEqual(['svc.apec.unmet.trade']);
    expect(keys({ taxPaidYuan: 299_999.99 })).toEqual(['svc.apec.unmet.tax']);
    expect(keys({ customsRegistered: false })).toEqual(['svc.apec.unmet.customs']);
    expect(keys({ taxGrade: 'C' })).toEqual(['svc.apec.unmet.taxGrade']);
  });
  it('lists every unmet condition at once', () =>
    expect(keys({ staffCount: 0, tradeYuan: 0, customsRegistered: false, taxGrade: 'D', taxPaidYuan: 0 })).toEqual([
      'svc.apec.unmet.staff',
      'svc.apec.unmet.trade',
      'svc.apec.unmet.customs',
      'svc.apec.unmet.taxGrade',
      'svc.apec.unmet.tax',
    ]));
  it('ignores a condition the city does not set', () => {
    const loose: ApecConditions = { minStaff: null, minTradeYuan: null, customsRequired: false, allowedTaxGrades: [], minTaxYuan: null };
    expect(keys({ staffCount: 0, tradeYuan: 0, customsRegistered: false, taxGrade: 'D', taxPaidYuan: 0 }, loose)).toEqual([]);
  });
});

describe('applicantProblems', () => {
  const today = '2026-03-10';
  const ok: ApplicantFacts = { passportExpiry: '2028-03-10', socialInsurance6m: true, noCriminalCertOn: '2025-09-10' };
  const of = (a: Partial<ApplicantFacts>) => applicantProblems({ ...ok, ...a }, today).map((p) => p.key);
  it('takes a passport valid exactly two years and a certificate exactly six months old', () => expect(of({})).toEqual([]));
  it('refuses a passport a day short of two years', () => expect(of({ passportExpiry: '2028-03-09' })).toEqual(['svc.apec.passportTooShort']));
  it('refuses a certificate a day older than six months, or dated after today', () => {
    expect(of({ noCriminalCertOn: '2025-09-09' })).toEqual(['svc.apec.certTooOld']);
    expect(of({ noCriminalCertOn: '2026-03-11' })).toEqual(['svc.apec.certInFuture']);
    expect(of({ noCriminalCertOn: today })).toEqual([]);
  });
  it('lists a missing certificate and missing social insurance together', () =>
    expect(of({ noCriminalCertOn: null, socialInsurance6m: false })).toEqual(['svc.apec.certMissing', 'svc.apec.noSocialInsurance']));
  it('counts two years from 29 February to 28 February', () =>
    expect(applicantProblems({ ...ok, passportExpiry: '2030-02-28', noCriminalCertOn: '2028-02-01' }, '2028-02-29')).toEqual([]));
});

describe('card validity', () => {
  const from = '2026-04-01';
  it('runs five years less a day at most', () => {
    expect(latestValidTo(from, '2035-01-01')).toBe('2031-03-31');
    expect(cardValidityProblems(from, '2031-03-31', '2035-01-01')).toEqual([]);
    expect(cardValidityProblems(from, '2031-04-01', '2035-01-01').map((p) => p.key)).toEqual(['svc.apec.cardBeyondFiveYears']);
  });
  it('never runs past the passport', () => {
    expect(latestValidTo(from, '2029-06-30')).toBe('2029-06-30');
    expect(cardValidityProblems(from, '2029-06-30', '2029-06-30')).toEqual([]);
    expect(cardValidityProblems(from, '2029-07-01', '2029-06-30').map((p) => p.key)).toEqual(['svc.apec.cardBeyondPassport']);
  });
  it('names both limits when both are passed, and refuses a card that ends before it starts', () => {
    expect(cardValidityProblems(from, '2032-01-01', '2031-06-30').map((p) => p.key)).toEqual(['svc.apec.cardBeyondPassport', 'svc.apec.cardBeyondFiveYears']);
    expect(cardValidityProblems(from, '2026-03-31', '2031-06-30').map((p) => p.key)).toEqual(['svc.apec.cardBackwards']);
  });
  it('calls a card expiring from 90 days before its last day', () => {
    expect(isExpiring('2026-06-08', '2026-03-10')).toBe(true);
    expect(isExpiring('2026-06-09', '2026-03-10')).toBe(false);
    expect(isExpiring('2026-03-09', '2026-03-10')).toBe(false);
  });
});
