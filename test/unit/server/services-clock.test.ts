import { describe, expect, it } from 'vitest';
import { packageCalendar, WorkingCalendar, type CalendarYear } from '../../../src/server/platform/calendar/calendar';
import { caseClock, storedSignal, type ClockEvent, type ClockSettings } from '../../../src/server/modules/services/cases/cases.clock';

// The invitation letter's limits as 常州 promises them (5 working days, legal 20), yellow 1 day ahead.
const S: ClockSettings = { promisedLimitDays: 5, legalLimitDays: 20, urgentLimitDays: null, warningDays: 1 };
// Legalization: the 4th working day, urgent the 2nd.
const LEGALIZATION: ClockSettings = { promisedLimitDays: 4, legalLimitDays: 20, urgentLimitDays: 2, warningDays: 1 };

const ev = (step: string, onDate: string, detail?: unknown): ClockEvent => ({ step, onDate, detail });
const clockOf = (events: ClockEvent[], today: string, settings = S, urgency = 'normal', calendar = packageCalendar) =>
  caseClock(events, settings, urgency, calendar, today);

// Accepted Monday 2 November 2026: day 1 is Tuesday 3, the weekend of 7–8 does not count, day 5 is Monday 9.
const ACCEPTED = [ev('submit', '2026-10-30'), ev('accept', '2026-11-02')];

describe('the due date in working days', () => {
  it('is the Nth working day after acceptance, the weekend between not counted', () => {
    const c = clockOf(ACCEPTED, '2026-11-03');
    expect(c.dueOn).toBe('2026-11-09');
    expect(c.legalDueOn).toBe('2026-11-30');
    expect(c.elapsedWorkingDays).toBe(1);
  });

  it('skips the National Day week and counts the make-up Saturday 10 October (调休)', () => {
    // Accepted Tuesday 29 September: 30 Sep (1), 1–7 Oct holidays, 8 (2), 9 (3), Sat 10 make-up (4), Mon 12 (5).
    const c = clockOf([ev('accept', '2026-09-29')], '2026-09-30');
    expect(c.dueOn).toBe('2026-10-12');
  });

  it('counts a make-up Sunday as a working day: accepted Monday 14 September, due Sunday 20 September', () => {
    expect(clockOf([ev('accept', '2026-09-14')], '2026-09-15').dueOn).toBe('2026-09-20');
  });

  it('does not start before acceptance: a submitted case has no clock', () => {
    const c = clockOf([ev('submit', '2026-11-02')], '2026-11-20');
    expect(c).toMatchObject({ signal: 'none', dueOn: null, workingDaysLeft: null });
  });
});

describe('the signal on exact days', () => {
  it('on time, then yellow one working day before, due today, then red', () => {
    expect(clockOf(ACCEPTED, '2026-11-05')).toMatchObject({ signal: 'on_time', workingDaysLeft: 2 });
    expect(clockOf(ACCEPTED, '2026-11-06')).toMatchObject({ signal: 'warning', workingDaysLeft: 1 });
    // Saturday: still one working day left (Monday).
    expect(clockOf(ACCEPTED, '2026-11-07')).toMatchObject({ signal: 'warning', workingDaysLeft: 1 });
    expect(clockOf(ACCEPTED, '2026-11-09')).toMatchObject({ signal: 'due_today', workingDaysLeft: 0 });
    expect(clockOf(ACCEPTED, '2026-11-10')).toMatchObject({ signal: 'overdue', workingDaysLeft: -1, elapsedWorkingDays: 6 });
  });

  it('a wider warning turns yellow earlier', () => {
    expect(clockOf(ACCEPTED, '2026-11-05', { ...S, warningDays: 2 }).signal).toBe('warning');
  });

  it('stops at the decision and keeps whether it was on time', () => {
    expect(clockOf([...ACCEPTED, ev('issue', '2026-11-09')], '2026-12-01')).toMatchObject({ signal: 'stopped', onTime: true, elapsedWorkingDays: 5 });
    expect(clockOf([...ACCEPTED, ev('refuse', '2026-11-10')], '2026-12-01')).toMatchObject({ signal: 'stopped', onTime: false });
    expect(clockOf([...ACCEPTED, ev('issue', '2026-11-09'), ev('close', '2026-11-20')], '2026-12-01')).toMatchObject({ onTime: true });
    expect(clockOf([...ACCEPTED, ev('withdraw', '2026-11-04')], '2026-12-01')).toMatchObject({ signal: 'stopped', onTime: null });
  });
});

describe('a one-time notice pauses the clock and the answer restarts it from zero', () => {
  const noticed = [...ACCEPTED, ev('notice', '2026-11-04')];

  it('paused while noticed, however long the unit takes', () => {
    const c = clockOf(noticed, '2026-11-30');
    expect(c).toMatchObject({ signal: 'paused', paused: true, dueOn: null, elapsedWorkingDays: 2 });
  });

  it('the answer restarts the count: the days before the notice do not count again', () => {
    // Answered Thursday 12: day 1 Friday 13, day 5 Thursday 19 (not Monday 9 plus the pause).
    const c = clockOf([...noticed, ev('answer', '2026-11-12')], '2026-11-13');
    expect(c).toMatchObject({ signal: 'on_time', dueOn: '2026-11-19', elapsedWorkingDays: 1 });
    expect(c.legalDueOn).toBe('2026-12-10');
  });

  it('an answer on a holiday starts counting on the next working day', () => {
    const base = [ev('accept', '2026-09-28'), ev('notice', '2026-09-29')];
    const onHoliday = clockOf([...base, ev('answer', '2026-10-03')], '2026-10-08');
    // Day 1 Thursday 8 October, 9, Saturday 10 (make-up), 12, 13.
    expect(onHoliday.dueOn).toBe('2026-10-13');
    expect(clockOf([...base, ev('answer', '2026-10-07')], '2026-10-08').dueOn).toBe('2026-10-13');
    // Answered on Friday 9 (a working day), the count begins on the make-up Saturday.
    expect(clockOf([...base, ev('answer', '2026-10-09')], '2026-10-09').dueOn).toBe('2026-10-15');
  });

  it('a notice before acceptance: paused, then the clock starts at acceptance, not at the answer', () => {
    const before = [ev('submit', '2026-11-02'), ev('notice', '2026-11-02')];
    expect(clockOf(before, '2026-11-03').signal).toBe('paused');
    expect(clockOf([...before, ev('answer', '2026-11-03')], '2026-11-04').signal).toBe('none');
    expect(clockOf([...before, ev('answer', '2026-11-03'), ev('accept', '2026-11-05')], '2026-11-06').dueOn).toBe('2026-11-12');
  });
});

describe('extensions and urgency', () => {
  it('an approved extension adds its working days; a request alone adds none', () => {
    expect(clockOf([...ACCEPTED, ev('extend', '2026-11-04', { days: 3 })], '2026-11-05').dueOn).toBe('2026-11-09');
    const approved = clockOf([...ACCEPTED, ev('extend', '2026-11-04', { days: 3 }), ev('approve-extension', '2026-11-05', { days: 3 })], '2026-11-05');
    expect(approved.dueOn).toBe('2026-11-12');
    expect(approved.legalDueOn).toBe('2026-12-03');
  });

  it('urgent picks the urgent limit where the kind has one', () => {
    expect(clockOf(ACCEPTED, '2026-11-03', LEGALIZATION, 'normal').dueOn).toBe('2026-11-06');
    expect(clockOf(ACCEPTED, '2026-11-03', LEGALIZATION, 'urgent').dueOn).toBe('2026-11-04');
    // The invitation letter has no urgent limit: urgency changes nothing.
    expect(clockOf(ACCEPTED, '2026-11-03', S, 'urgent').dueOn).toBe('2026-11-09');
  });
});

describe('the calendar', () => {
  it('an office-entered extra holiday moves the same case’s due date', () => {
    const y = packageCalendar.yearOf(2026)!;
    const office: CalendarYear = { year: 2026, source: 'office', days: new Map(y.days) };
    office.days.set('2026-11-05', { kind: 'holiday', name: '测试' });
    const changed = new WorkingCalendar([office]);
    expect(clockOf(ACCEPTED, '2026-11-03').dueOn).toBe('2026-11-09');
    expect(clockOf(ACCEPTED, '2026-11-03', S, 'normal', changed).dueOn).toBe('2026-11-10');
  });

  it('a date it does not cover gives no signal and names the year, never an error', () => {
    // Accepted 28 December 2026: day 5 falls in 2027, which neither the package nor the office has.
    const c = clockOf([ev('accept', '2026-12-28')], '2026-12-29');
    expect(c).toMatchObject({ signal: 'none', calendarNotCovered: 2027, dueOn: null });
    expect(clockOf([ev('accept', '2027-03-01')], '2027-03-02').calendarNotCovered).toBe(2027);
  });

  it('keeps the promise when only the legal limit runs into a year not covered yet', () => {
    // Accepted Friday 4 December 2026: day 5 is Friday 11 December; day 20 of the legal limit falls in January 2027.
    const c = clockOf([ev('accept', '2026-12-04')], '2026-12-07');
    expect(c).toMatchObject({ dueOn: '2026-12-11', legalDueOn: null, signal: 'on_time', workingDaysLeft: 4, calendarNotCovered: 2027 });
    const decided = clockOf([ev('accept', '2026-12-04'), ev('issue', '2026-12-10')], '2026-12-10');
    expect(decided).toMatchObject({ signal: 'stopped', dueOn: '2026-12-11', onTime: true, legalDueOn: null });
  });
});

describe('the acceptance stage (stageLimits.accept)', () => {
  // Accept within 2 working days of submission; submitted Friday 30 October: day 1 Monday 2, day 2 Tuesday 3 November.
  const A: ClockSettings = { ...S, stageLimits: { accept: 2 } };
  const SUBMITTED = [ev('submit', '2026-10-30')];

  it('a submitted case is due on the Nth working day after submission, the weekend between not counted', () => {
    expect(clockOf(SUBMITTED, '2026-10-30', A)).toMatchObject({ dueOn: '2026-11-03', stage: 'accept', legalDueOn: null, elapsedWorkingDays: 0 });
    expect(clockOf(SUBMITTED, '2026-11-02', A).elapsedWorkingDays).toBe(1);
  });

  it('skips a holiday week: submitted Tuesday 29 September, due Thursday 8 October', () => {
    // 30 Sep (1), 1–7 Oct holidays, 8 Oct (2).
    expect(clockOf([ev('submit', '2026-09-29')], '2026-09-30', A)).toMatchObject({ dueOn: '2026-10-08', stage: 'accept' });
  });

  it('on time, yellow one working day before, due today, then red, on exact days', () => {
    expect(clockOf(SUBMITTED, '2026-10-30', A)).toMatchObject({ signal: 'on_time', workingDaysLeft: 2 });
    // Sunday: still two working days left.
    expect(clockOf(SUBMITTED, '2026-11-01', A)).toMatchObject({ signal: 'on_time', workingDaysLeft: 2 });
    expect(clockOf(SUBMITTED, '2026-11-02', A)).toMatchObject({ signal: 'warning', workingDaysLeft: 1 });
    expect(clockOf(SUBMITTED, '2026-11-03', A)).toMatchObject({ signal: 'due_today', workingDaysLeft: 0 });
    expect(clockOf(SUBMITTED, '2026-11-04', A)).toMatchObject({ signal: 'overdue', workingDaysLeft: -1, stage: 'accept' });
  });

  it('a notice before acceptance pauses the stage; the answer restarts it from zero', () => {
    const noticed = [...SUBMITTED, ev('notice', '2026-11-02')];
    expect(clockOf(noticed, '2026-11-20', A)).toMatchObject({ signal: 'paused', paused: true, dueOn: null, stage: null });
    // Answered Thursday 5: day 1 Friday 6, day 2 Monday 9 (not Tuesday 3 plus the pause).
    const answered = [...noticed, ev('answer', '2026-11-05')];
    expect(clockOf(answered, '2026-11-06', A)).toMatchObject({ signal: 'warning', dueOn: '2026-11-09', stage: 'accept', elapsedWorkingDays: 1 });
    expect(clockOf(answered, '2026-11-10', A)).toMatchObject({ signal: 'overdue', dueOn: '2026-11-09' });
  });

  it('acceptance ends the stage: the promised limit applies from acceptance, however late', () => {
    const late = [...SUBMITTED, ev('accept', '2026-11-05')];
    // Accepted Thursday 5 (two days after the stage's due date): day 5 of the promise is Thursday 12.
    expect(clockOf(late, '2026-11-06', A)).toMatchObject({ signal: 'on_time', dueOn: '2026-11-12', stage: 'decide', legalDueOn: '2026-12-03' });
    expect(clockOf(ACCEPTED, '2026-11-03', A)).toMatchObject(clockOf(ACCEPTED, '2026-11-03'));
  });

  it('a case ended before acceptance has no due date', () => {
    expect(clockOf([...SUBMITTED, ev('withdraw', '2026-11-05')], '2026-11-20', A)).toMatchObject({ signal: 'stopped', dueOn: null, stage: null });
    expect(clockOf([...SUBMITTED, ev('refuse', '2026-11-02')], '2026-11-20', A)).toMatchObject({ signal: 'stopped', dueOn: null });
  });

  it('without an acceptance limit nothing changes: a submitted case has no clock', () => {
    for (const settings of [S, { ...S, stageLimits: {} }, { ...S, stageLimits: { review: 3 } }, { ...S, stageLimits: { accept: 0 } }]) {
      expect(clockOf(SUBMITTED, '2026-11-20', settings)).toMatchObject({ signal: 'none', dueOn: null, stage: null, workingDaysLeft: null });
    }
    expect(clockOf(ACCEPTED, '2026-11-03')).toMatchObject({ dueOn: '2026-11-09', stage: 'decide' });
  });

  it('the queue reads a submitted case’s stored due date as the acceptance stage’s', () => {
    const at = (status: string, dueOn: string | null, today: string) => storedSignal({ status, dueOn }, 1, packageCalendar, today);
    expect(at('submitted', '2026-11-03', '2026-11-02')).toEqual({ signal: 'warning', workingDaysLeft: 1, stage: 'accept' });
    expect(at('submitted', '2026-11-03', '2026-11-03')).toEqual({ signal: 'due_today', workingDaysLeft: 0, stage: 'accept' });
    expect(at('submitted', '2026-11-03', '2026-11-04')).toEqual({ signal: 'overdue', workingDaysLeft: -1, stage: 'accept' });
    expect(at('submitted', null, '2026-11-04')).toEqual({ signal: 'none', workingDaysLeft: null, stage: null });
    expect(at('accepted', '2026-11-09', '2026-11-10')).toEqual({ signal: 'overdue', workingDaysLeft: -1, stage: 'decide' });
    expect(at('noticed', null, '2026-11-10')).toEqual({ signal: 'paused', workingDaysLeft: null, stage: null });
  });
});
