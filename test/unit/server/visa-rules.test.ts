import { describe, expect, it } from 'vitest';
import { packageCalendar } from '../../../src/server/platform/calendar/calendar';
import { correctBy, correctionLapsed } from '../../../src/server/modules/services/visa/visa.rules';

describe('the two working days to correct after a one-time notice', () => {
  it('counts from the day after the notice, over weekends and holidays, make-up working days included', () => {
    expect(correctBy(packageCalendar, '2026-12-02')).toBe('2026-12-04'); // Wednesday → Friday
    expect(correctBy(packageCalendar, '2026-12-04')).toBe('2026-12-08'); // Friday → Tuesday
    expect(correctBy(packageCalendar, '2026-09-30')).toBe('2026-10-09'); // over the National Day week
    expect(correctBy(packageCalendar, '2026-10-08')).toBe('2026-10-10'); // Saturday 10 October is a make-up working day
  });

  it('lapses the day after the last day, only for a received passport noticed and not corrected', () => {
    const noticed = { status: 'received', noticedOn: '2026-12-04', correctedOn: null };
    expect(correctionLapsed(packageCalendar, noticed, '2026-12-08')).toBe(false);
    expect(correctionLapsed(packageCalendar, noticed, '2026-12-09')).toBe(true);
    expect(correctionLapsed(packageCalendar, { ...noticed, correctedOn: '2026-12-07' }, '2026-12-09')).toBe(false);
    expect(correctionLapsed(packageCalendar, { ...noticed, noticedOn: null }, '2026-12-09')).toBe(false);
    expect(correctionLapsed(packageCalendar, { ...noticed, status: 'sent' }, '2026-12-09')).toBe(false);
  });
});
