import { addDays } from '@shared/reference/dates';

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The date of the n-th anniversary; a pair made on 29 February celebrates on the 28th in common years. */
export function anniversaryDate(establishedOn: string, years: number): string {
  const [y, m, d] = establishedOn.split('-').map(Number);
  const year = y + years;
  const day = m === 2 && d === 29 && !isLeap(year) ? 28 : d;
  return `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole years since establishment as of `today`. */
export function yearsSince(establishedOn: string, today: string): number {
  const [y] = establishedOn.split('-').map(Number);
  const [ty] = today.split('-').map(Number);
  const years = ty - y;
  return anniversaryDate(establishedOn, years) > today ? years - 1 : years;
}

/** The next round (5, 10, 15 …) anniversary on or after `today`. */
export function nextRoundAnniversary(establishedOn: string, today: string): { date: string; years: number } {
  let years = Math.max(5, Math.ceil(Math.max(0, yearsSince(establishedOn, today)) / 5) * 5);
  while (anniversaryDate(establishedOn, years) < today) years += 5;
  return { date: anniversaryDate(establishedOn, years), years };
}

/** Round anniversaries falling within [today, today + withinDays]. */
export function roundAnniversariesWithin(establishedOn: string, today: string, withinDays: number): Array<{ date: string; years: number }> {
  const until = addDays(today, withinDays);
  const out: Array<{ date: string; years: number }> = [];
  for (
    let next = nextRoundAnniversary(establishedOn, today);
    next.date <= until;
    next = { years: next.years + 5, date: anniversaryDate(establishedOn, next.years + 5) }
  ) {
    out.push(next);
  }
  return out;
}

/** The same day `years` years before today: activity before it counts as dormant (29 February → 28th, a real date). */
export function dormantThreshold(today: string, years: number): string {
  return anniversaryDate(today, -years);
}

/** Dormant: no exchange (or, with none recorded, no establishment) within the last `years` years. */
export function isDormant(lastActivityOn: string, today: string, years: number): boolean {
  return lastActivityOn < dormantThreshold(today, years);
}
