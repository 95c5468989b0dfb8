import { describe, expect, it } from 'vitest';
import {
  anniversaryDate,
  dormantThreshold,
  isDormant,
  nextRoundAnniversary,
  roundAnniversariesWithin,
  yearsSince,
} from '../../../src/server/modules/exchanges/cities.rules';

describe('friendship-city anniversaries', () => {
  it('counts whole years, turning on the anniversary day itself', () => {
    expect(yearsSince('1991-06-10', '2026-06-09')).toBe(34);
    expect(yearsSince('1991-06-10', '2026-06-10')).toBe(35);
    expect(yearsSince('1991-06-10', '2026-06-11')).toBe(35);
  });

  it('finds the next round anniversary, today included', () => {
    expect(nextRoundAnniversary('1991-06-10', '2026-06-09')).toEqual({ date: '2026-06-10', years: 35 });
    expect(nextRoundAnniversary('1991-06-10', '2026-06-10')).toEqual({ date: '2026-06-10', years: 35 });
    expect(nextRoundAnniversary('1991-06-10', '2026-06-11')).toEqual({ date: '2031-06-10', years: 40 });
    expect(nextRoundAnniversary('2026-01-01', '2026-11-25')).toEqual({ date: '2031-01-01', years: 5 });
    expect(nextRoundAnniversary('2026-12-01', '2026-11-25')).toEqual({ date: '2031-12-01', years: 5 });
  });

  it('moves 29 February to the 28th in common years', () => {
    expect(anniversaryDate('1996-02-29', 5)).toBe('2001-02-28');
    expect(anniversaryDate('1996-02-29', 4)).toBe('2000-02-29');
  });

  it('lists the round anniversaries of the coming year, boundaries included', () => {
    expect(roundAnniversariesWithin('1991-06-10', '2025-06-10', 365)).toEqual([{ date: '2026-06-10', years: 35 }]);
    expect(roundAnniversariesWithin('1991-06-10', '2025-06-11', 363)).toEqual([]);
    expect(roundAnniversariesWithin('1991-06-10', '2025-06-11', 364)).toEqual([{ date: '2026-06-10', years: 35 }]);
  });

  it('flags a pair dormant after N years without exchange, not on the boundary day', () => {
    expect(isDormant('2023-11-25', '2026-11-25', 3)).toBe(false);
    expect(isDormant('2023-11-24', '2026-11-25', 3)).toBe(true);
    expect(isDormant('2026-01-01', '2026-11-25', 3)).toBe(false);
  });

  it('takes the dormancy threshold on 29 February as a real date (the list casts it to date)', () => {
    expect(dormantThreshold('2028-02-29', 3)).toBe('2025-02-28');
    expect(dormantThreshold('2028-02-29', 4)).toBe('2024-02-29');
    expect(isDormant('2025-02-28', '2028-02-29', 3)).toBe(false);
    expect(isDormant('2025-02-27', '2028-02-29', 3)).toBe(true);
  });
});
