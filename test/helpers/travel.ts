import { randomBytes } from 'node:crypto';
import { orgUnits } from '../../src/server/platform/platform.table';
import { fillPaths } from '../../src/server/platform/org/org.seed';
import type { TestContext } from './app';

/** An outside unit (a bureau, a university) under an office, named uniquely. */
export async function makeUnit(ctx: TestContext, parentId: number, label = `单位${randomBytes(3).toString('hex')}`): Promise<number> {
  const [row] = await ctx.db.insert(orgUnits).values({ parentId, kind: 'unit', nameZh: label, nameEn: label, path: '', depth: 2 }).returning();
  await fillPaths(ctx.db);
  return row.id;
}

export const member = (name: string, over: Record<string, unknown> = {}) => ({
  name,
  unitName: '市商务局',
  post: '处长',
  rank: 'division',
  passportType: 'official',
  passportNumber: `SE${randomBytes(3).toString('hex').toUpperCase()}`,
  passportExpiry: '2030-01-01',
  role: 'member',
  leadership: false,
  ...over,
});

/**
 * A trip that passes every rule of 2013 on its own: Korea, 16–20 November 2026 (5 days), three people,
 * publicity 2–6 November 2026 (5 working days), lodging within the Korean standard.
 */
export function tripBody(over: Record<string, unknown> = {}) {
  return {
    task: '赴韩国开展经贸交流',
    purpose: '拜访京畿道经济部门，洽谈合作',
    inviterName: '京畿道厅',
    inviterCountry: '韩国',
    departDate: '2026-11-16',
    returnDate: '2026-11-20',
    legs: [{ country: 'KOR', city: '水原', arriveOn: '2026-11-16', leaveOn: '2026-11-20' }],
    members: [
      member('张三', { role: 'head', rank: 'bureau', post: '局长', leadership: true }),
      member('李四'),
      member('王五', { role: 'interpreter', rank: 'staff' }),
    ],
    budget: [
      { category: 'international_travel', country: null, persons: 3, units: 1, unitAmount: 4200, currency: 'CNY' },
      { category: 'lodging', country: 'KOR', persons: 3, units: 4, unitAmount: 150, currency: 'USD' },
      { category: 'meals', country: 'KOR', persons: 3, units: 5, unitAmount: 60, currency: 'USD' },
    ],
    fundingSource: '部门预算',
    publicityStart: '2026-11-02',
    publicityEnd: '2026-11-06',
    contactName: '赵联络',
    contactPhone: '0571-88888888',
    ...over,
  };
}
