/** The invitation letter's pure rules at their boundaries: the close-out dates, the letter numbers, the submission problems. */
import { describe, expect, it } from 'vitest';
import {
  CLOSE_OUT_DAYS,
  MIN_LEAD_DAYS,
  closeOutDue,
  closeOutStatus,
  letterNumber,
  letterProblems,
  plannedCloseOutDue,
  proofsNeeded,
  type InviteeFacts,
  type LetterFacts,
} from '../../../src/server/modules/services/invitation/invitation.rules';

const TODAY = '2026-12-02';
const facts = (over: Partial<LetterFacts> = {}): LetterFacts => ({
  purpose: '商务洽谈',
  cities: '常州',
  entryDate: '2027-01-10',
  visaType: 'M',
  entries: 'single',
  validityValue: 3,
  validityUnit: 'months',
  stayDays: 10,
  visaCountry: 'DEU',
  visaCity: 'Berlin',
  payer: 'inviting_unit',
  signerName: '李总',
  signerTitle: '副总经理',
  multipleEntryReason: null,
  ...over,
});
const person = (over: Partial<InviteeFacts> = {}): InviteeFacts => ({
  name: 'ERIKA',
  nationality: 'DEU',
  passportExpiry: '2030-01-01',
  earlierVisas: false,
  crossingsLastYear: null,
  ...over,
});
const keys = (f: LetterFacts | null, people: InviteeFacts[], today = TODAY) => letterProblems(f, people, today).map((p) => p.key);

describe('close-out dates', () => {
  it('is due 30 calendar days after the departure, across a month and a year end', () => {
    expect(CLOSE_OUT_DAYS).toBe(30);
    expect(closeOutDue('2026-12-02')).toBe('2027-01-01');
    expect(closeOutDue('2027-02-01')).toBe('2027-03-03');
    expect(closeOutDue('2028-02-01')).toBe('2028-03-02'); // leap year
  });

  it('before the unit reports, counts from the planned departure (entry + longest stay)', () => {
    expect(plannedCloseOutDue('2027-01-10', 10)).toBe('2027-02-19');
    expect(plannedCloseOutDue('2027-01-10', 0)).toBe('2027-02-09');
  });

  it('is due up to and on the due date, overdue the day after, reminded in the last seven days', () => {
    const row = (due: string) => ({ closeOutDueOn: due, closedOutOn: null });
    expect(closeOutStatus(row('2026-12-10'), TODAY)).toEqual({ state: 'due', daysLeft: 8, reminder: false });
    expect(closeOutStatus(row('2026-12-09'), TODAY)).toEqual({ state: 'due', daysLeft: 7, reminder: true });
    expect(closeOutStatus(row('2026-12-02'), TODAY)).toEqual({ state: 'due', daysLeft: 0, reminder: true });
    expect(closeOutStatus(row('2026-12-01'), TODAY)).toEqual({ state: 'overdue', daysLeft: -1, reminder: false });
  });

  it('is done once reported, whatever the due date', () => {
    expect(closeOutStatus({ closeOutDueOn: '2026-01-01', closedOutOn: '2026-02-01' }, TODAY).state).toBe('done');
  });
});

describe('letter numbers', () => {
  it('writes the year and a three-digit sequence, longer once past 999', () => {
    expect(letterNumber(2026, 1)).toBe('2026邀字第001号');
    expect(letterNumber(2026, 42)).toBe('2026邀字第042号');
    expect(letterNumber(2027, 1000)).toBe('2027邀字第1000号');
  });
});

describe('submission problems', () => {
  it('a complete letter with one invitee has none', () => {
    expect(letterProblems(facts(), [person()], TODAY)).toEqual([]);
  });

  it('says every problem at once: no facts and no invitee', () => {
    expect(keys(null, [])).toEqual(['svc.invitation.noFacts', 'svc.invitation.noInvitee']);
  });

  it('names each missing fact by its field', () => {
    const problems = letterProblems(facts({ purpose: null, signerTitle: null }), [person()], TODAY);
    expect(problems.map((p) => p.path)).toEqual(['purpose', 'signerTitle']);
    expect(problems.every((p) => p.key === 'err.required')).toBe(true);
  });

  it('allows five invitees, not six', () => {
    expect(
      keys(
        facts(),
        Array.from({ length: 5 }, () => person()),
      ),
    ).toEqual([]);
    expect(
      keys(
        facts(),
        Array.from({ length: 6 }, () => person()),
      ),
    ).toEqual(['svc.invitation.tooMany']);
  });

  it(`wants the entry date at least ${MIN_LEAD_DAYS} days ahead, and never in the past`, () => {
    expect(keys(facts({ entryDate: '2026-12-09' }), [person()])).toEqual([]);
    expect(keys(facts({ entryDate: '2026-12-08' }), [person()])).toEqual(['svc.invitation.entryTooSoon']);
    expect(keys(facts({ entryDate: '2026-12-02' }), [person()])).toEqual(['svc.invitation.entryTooSoon']);
    expect(keys(facts({ entryDate: '2026-12-01' }), [person()])).toEqual(['svc.invitation.entryPast']);
  });

  it('refuses a passport that expires before the stay ends (entry + longest stay), the last day itself is enough', () => {
    expect(keys(facts(), [person({ passportExpiry: '2027-01-20' })])).toEqual([]);
    const p = letterProblems(facts(), [person({ passportExpiry: '2027-01-19' })], TODAY);
    expect(p.map((x) => x.key)).toEqual(['svc.invitation.passportExpires']);
    expect(p[0]!.params).toMatchObject({ name: 'ERIKA', until: '2027-01-20' });
  });

  it('a multiple-entry visa needs a reason and, per invitee, earlier visas and four crossings last year', () => {
    const multiple = facts({ entries: 'multiple' });
    expect(keys(multiple, [person({ earlierVisas: true, crossingsLastYear: 4 })])).toEqual(['svc.invitation.multipleReason']);
    const reasoned = facts({ entries: 'multiple', multipleEntryReason: '长期合作' });
    expect(keys(reasoned, [person({ earlierVisas: true, crossingsLastYear: 4 })])).toEqual([]);
    expect(keys(reasoned, [person({ earlierVisas: true, crossingsLastYear: 3 })])).toEqual(['svc.invitation.multipleHistory']);
    expect(keys(reasoned, [person({ earlierVisas: false, crossingsLastYear: 9 })])).toEqual(['svc.invitation.multipleHistory']);
  });
});

describe('proofs the facts call for', () => {
  it('asks for a residence proof where an invitee applies outside their own country, and the multiple-entry proofs', () => {
    expect(proofsNeeded(facts(), [person()])).toEqual([]);
    expect(proofsNeeded(facts({ visaCountry: 'FRA' }), [person()])).toEqual(['residence']);
    expect(proofsNeeded(facts({ entries: 'multiple' }), [person()])).toEqual(['multipleEntry']);
  });
});
