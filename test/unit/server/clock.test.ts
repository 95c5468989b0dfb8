import { afterEach, describe, expect, it } from 'vitest';
import { advanceClock, clock, resetClock, setClock } from '../../../src/server/clock';

afterEach(() => resetClock());

describe('the app clock', () => {
  it('gives the office day in Asia/Shanghai, already tomorrow after 16:00 UTC', () => {
    setClock('2026-12-31T15:59:59Z', { frozen: true });
    expect(clock.today()).toBe('2026-12-31');
    advanceClock(1000);
    expect(clock.today()).toBe('2027-01-01');
    expect(clock.now().toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });

  it('stands still when frozen and runs on from the set instant otherwise', async () => {
    setClock('2024-02-29T12:00:30+08:00', { frozen: true });
    const frozen = clock.nowMs();
    await new Promise((r) => setTimeout(r, 20));
    expect(clock.nowMs()).toBe(frozen);
    setClock('2024-02-29T12:00:30+08:00');
    await new Promise((r) => setTimeout(r, 20));
    const ran = clock.nowMs() - frozen;
    expect(ran).toBeGreaterThanOrEqual(15);
    expect(ran).toBeLessThan(5_000);
    expect(clock.today()).toBe('2024-02-29');
    expect(clock.fromNow(86_400_000).toISOString().slice(0, 10)).toBe('2024-03-01');
  });

  it('refuses what is not an instant, and goes back to the machine time on reset', () => {
    expect(() => setClock('31/12/2026')).toThrow(RangeError);
    setClock('2000-01-01T00:00:00Z', { frozen: true });
    resetClock();
    expect(Math.abs(clock.nowMs() - Date.now())).toBeLessThan(1_000);
  });
});
