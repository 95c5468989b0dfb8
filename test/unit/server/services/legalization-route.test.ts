/** The Apostille route at each state's date: the day before it is in force → legalization, the day itself → Apostille. */
import { describe, expect, it } from 'vitest';
import { routeFor } from '../../../../src/server/modules/services/legalization/legalization.route';
import { CHINA_IN_FORCE, DEFAULT_STATES } from '../../../../src/server/modules/services/legalization/legalization.states';

const state = (iso3: string) => DEFAULT_STATES.find((s) => s.iso3 === iso3)!;
const dayBefore = (ymd: string) => new Date(Date.parse(`${ymd}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

describe('the Apostille route', () => {
  it.each(DEFAULT_STATES.filter((s) => s.apostilleFrom && !s.objection).map((s) => [s.iso3, s.apostilleFrom!] as const))(
    '%s: legalization the day before %s, Apostille on the day and after',
    (iso3, from) => {
      expect(routeFor(state(iso3), dayBefore(from))).toEqual({ route: 'legalization', reason: 'not_yet_in_force', embassyStep: false });
      expect(routeFor(state(iso3), from)).toEqual({ route: 'apostille', reason: 'in_force', embassyStep: false });
      expect(routeFor(state(iso3), '2026-12-04').route).toBe('apostille');
    },
  );

  it('the contracting states when China joined are in force from 2023-11-07; later accessions from their own day', () => {
    expect(CHINA_IN_FORCE).toBe('2023-11-07');
    for (const iso3 of ['DEU', 'FRA', 'ITA', 'ESP', 'USA', 'GBR', 'JPN', 'KOR', 'RUS', 'AUS', 'NZL'])
      expect(state(iso3).apostilleFrom, iso3).toBe(CHINA_IN_FORCE);
    expect(routeFor(state('DEU'), '2023-11-06').route).toBe('legalization');
    expect(routeFor(state('DEU'), '2023-11-07').route).toBe('apostille');
    expect(routeFor(state('CAN'), '2024-01-10').route).toBe('legalization');
    expect(routeFor(state('CAN'), '2024-01-11').route).toBe('apostille');
    expect(routeFor(state('RWA'), '2024-06-04').route).toBe('legalization');
    expect(routeFor(state('RWA'), '2024-06-05').route).toBe('apostille');
    expect(routeFor(state('BGD'), '2025-03-29').route).toBe('legalization');
    expect(routeFor(state('BGD'), '2025-03-30').route).toBe('apostille');
  });

  it('India objected: legalization with the embassy step on any date, even with a date entered', () => {
    expect(routeFor(state('IND'), '2026-12-04')).toEqual({ route: 'legalization', reason: 'objection', embassyStep: true });
    expect(routeFor({ ...state('IND'), apostilleFrom: CHINA_IN_FORCE }, '2026-12-04').reason).toBe('objection');
  });

  it('Hong Kong and Macao apply the Convention already, before 2023', () => {
    expect(routeFor(state('HKG'), '2023-01-01').route).toBe('apostille');
    expect(routeFor(state('MAC'), '2023-01-01').route).toBe('apostille');
    expect(routeFor(state('HKG'), '1997-06-30').route).toBe('legalization');
    expect(routeFor(state('MAC'), '1999-12-19').route).toBe('legalization');
  });

  it('a state that is not a party, or one missing from the table, is legalized with the embassy step (双认证)', () => {
    for (const iso3 of ['EGY', 'VNM', 'ARE', 'THA'])
      expect(routeFor(state(iso3), '2026-12-04'), iso3).toEqual({ route: 'legalization', reason: 'not_a_party', embassyStep: true });
    expect(routeFor(null, '2026-12-04')).toEqual({ route: 'legalization', reason: 'unknown_state', embassyStep: true });
    expect(DEFAULT_STATES.some((s) => s.iso3 === 'ATA')).toBe(false);
  });

  it('lists every state once', () => {
    expect(new Set(DEFAULT_STATES.map((s) => s.iso3)).size).toBe(DEFAULT_STATES.length);
  });
});
