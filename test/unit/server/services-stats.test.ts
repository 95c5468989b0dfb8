import { describe, expect, it } from 'vitest';
import { CASE_KINDS, type CaseKind } from '../../../src/shared/contracts/services';
import { packageCalendar } from '../../../src/server/platform/calendar/calendar';
import { computeFigures, previousPeriod, timelinessOf, type StatsCase } from '../../../src/server/modules/services/stats/stats.figures';
import { periodText, summarySentence, yoyText, type SentenceInput } from '../../../src/server/modules/services/stats/stats.sentence';

const zero = { cases: 0, pieces: 0, persons: 0, prevCases: 0, prevPieces: 0, prevPersons: 0 };
const kinds = (over: Partial<Record<CaseKind, Partial<typeof zero>>>): SentenceInput['byKind'] => CASE_KINDS.map((kind) => ({ kind, ...zero, ...over[kind] }));
const noDecisions = { decided: 0, onTime: 0, onTimeShare: null, avgWorkingDays: null };
const H1 = { from: '2026-01-01', to: '2026-06-30' };

describe('the summary sentence', () => {
  it('writes the office’s half-year sentence, each kind by its measure, with the change and the timeliness', () => {
    const s = summarySentence({
      ...H1,
      byKind: kinds({ invitation: { cases: 21, persons: 31, prevPersons: 28 }, legalization: { cases: 300, pieces: 1234, prevPieces: 1300 } }),
      timeliness: { decided: 500, onTime: 491, onTimeShare: 98.2, avgWorkingDays: 3.4 },
    });
    expect(s['zh-CN']).toBe(
      '2026年1至6月，共受理邀请函21批31人次，同比增长10.7%；办理领事认证和附加证明书300批1,234份，同比下降5.1%；按时办结率98.2%，平均办理3.4个工作日。',
    );
    expect(s['en-US']).toBe(
      'January to June 2026: 21 invitation cases (31 persons), up 10.7% year on year; 1,234 documents legalized in 300 cases, down 5.1% year on year; 98.2% decided on time, in 3.4 working days on average.',
    );
  });

  it('leaves out a kind with nothing accepted, and says so honestly when last year had none', () => {
    const s = summarySentence({ ...H1, byKind: kinds({ visa: { cases: 1, pieces: 1 }, apec: { prevCases: 4, prevPersons: 4 } }), timeliness: noDecisions });
    expect(s['zh-CN']).toBe('2026年1至6月，共代办因公签证1批1本，上年同期为零。');
    expect(s['en-US']).toBe('January to June 2026: 1 official passport sent for visas in 1 batch, none in the same period last year.');
  });

  it('says there were no cases when none was accepted', () => {
    const s = summarySentence({
      from: '2026-03-05',
      to: '2026-03-20',
      byKind: kinds({ invitation: { prevCases: 3, prevPersons: 5 } }),
      timeliness: noDecisions,
    });
    expect(s).toEqual({ 'zh-CN': '2026年3月5日至2026年3月20日，未受理办件。', 'en-US': '5 March 2026 to 20 March 2026: no cases accepted.' });
  });

  it('names whole months as the office does, and a change as up, down or level', () => {
    expect(periodText('2026-06-01', '2026-06-30')).toEqual({ zh: '2026年6月', en: 'June 2026' });
    expect(periodText('2024-01-01', '2024-02-29').zh).toBe('2024年1至2月');
    expect(periodText('2026-01-01', '2026-06-29').zh).toBe('2026年1月1日至2026年6月29日');
    expect(yoyText(10, 10).zh).toBe('与上年同期持平');
    expect(yoyText(0, 0).en).toBe('level with last year');
    expect(yoyText(0, 4).zh).toBe('同比下降100.0%');
    expect(yoyText(3, 0).zh).toBe('上年同期为零');
  });
});

const c = (over: Partial<StatsCase>): StatsCase => ({
  id: Math.random(),
  kind: 'invitation',
  unitId: 1,
  acceptedOn: '2026-03-02',
  decidedOn: null,
  dueOn: null,
  pieces: 1,
  persons: 1,
  countries: [],
  ...over,
});

describe('the figures', () => {
  it('counts a case in the period it was accepted in, against the same period a year before', () => {
    const rows = [
      c({ persons: 3, countries: ['FRA', 'DEU'] }),
      c({ acceptedOn: '2026-06-30', unitId: 2, countries: ['FRA'] }),
      c({ acceptedOn: '2026-07-01' }),
      c({ acceptedOn: '2025-05-01', kind: 'visa', pieces: 4, persons: 2 }),
      c({ acceptedOn: null, decidedOn: null }),
    ];
    const f = computeFigures(rows, H1, packageCalendar);
    expect(f.total).toEqual({ cases: 2, pieces: 2, persons: 4, prevCases: 1, prevPieces: 4, prevPersons: 2 });
    expect(f.byKind.find((k) => k.kind === 'visa')).toMatchObject({ cases: 0, prevCases: 1, prevPieces: 4 });
    expect(f.byUnit.map((u) => [u.unitId, u.cases])).toEqual([
      [1, 1],
      [2, 1],
    ]);
    expect(f.byCountry.map((x) => [x.code, x.cases, x.persons])).toEqual([
      ['FRA', 2, 4],
      ['DEU', 1, 3],
    ]);
  });

  it('takes on-time and working days from the cases decided in the period, with their due dates', () => {
    const rows = [
      c({ acceptedOn: '2026-09-30', decidedOn: '2026-10-09', dueOn: '2026-10-09' }), // 8 and 9 October: 2 working days, on time
      c({ acceptedOn: '2026-12-01', decidedOn: '2026-12-01', dueOn: '2026-11-30' }), // the same day: 0, late
      c({ acceptedOn: '2026-12-01', decidedOn: '2026-12-04', dueOn: null }), // 3 working days, no due date
    ];
    const t = timelinessOf(rows, { from: '2026-10-01', to: '2026-12-31' }, packageCalendar);
    expect(t).toEqual({ decided: 2, onTime: 1, onTimeShare: 50, avgWorkingDays: 1.7 });
    expect(timelinessOf(rows, { from: '2026-01-01', to: '2026-09-30' }, packageCalendar)).toEqual(noDecisions);
  });

  it('looks a year back, 29 February to the 28th', () => {
    expect(previousPeriod({ from: '2024-02-29', to: '2024-12-31' })).toEqual({ from: '2023-02-28', to: '2023-12-31' });
  });
});
