/**
 * Seeds for the service window's tests: a case of a kind with the dates and figures a test needs, written straight to
 * service_cases for the figures' tests (months of cases at dates the workflow's steps could only set on those very days),
 * and an approved trip of travel with its passports in custody for the visa agency to link (travel's own approval is
 * travel's tests' business).
 */
import { randomBytes } from 'node:crypto';
import { serviceCases } from '../../src/server/modules/services/cases/cases.table';
import { travelApplications, travelPassports } from '../../src/server/modules/travel/travel.table';
import { orgUnits } from '../../src/server/platform/platform.table';
import { eq } from 'drizzle-orm';
import type { CaseKind, CaseStatus } from '../../src/shared/contracts/services';
import type { TestContext } from './app';
import { member } from './travel';

export interface SeedCase {
  kind: CaseKind;
  unitId: number;
  status?: CaseStatus;
  submittedOn?: string | null;
  acceptedOn?: string | null;
  decidedOn?: string | null;
  dueOn?: string | null;
  pieces?: number;
  persons?: number;
  countries?: string[];
  applicantName?: string;
}

/** A case of a unit, handled by the office right above it. */
export async function seedCase(ctx: TestContext, c: SeedCase) {
  const [unit] = await ctx.db.select().from(orgUnits).where(eq(orgUnits.id, c.unitId));
  const [row] = await ctx.db
    .insert(serviceCases)
    .values({
      kind: c.kind,
      number: `T${randomBytes(5).toString('hex')}`,
      orgUnitId: c.unitId,
      unitId: c.unitId,
      officeId: unit.parentId ?? unit.id,
      applicantName: c.applicantName ?? unit.nameZh,
      status: c.status ?? 'draft',
      submittedOn: c.submittedOn ?? null,
      acceptedOn: c.acceptedOn ?? null,
      decidedOn: c.decidedOn ?? null,
      dueOn: c.dueOn ?? null,
      pieces: c.pieces ?? 0,
      persons: c.persons ?? 0,
      countries: c.countries ?? [],
    })
    .returning();
  return row;
}

export async function caseRow(ctx: TestContext, id: number) {
  const [row] = await ctx.db.select().from(serviceCases).where(eq(serviceCases.id, id));
  return row;
}

/** A trip of a unit in the status given (approved unless told), to France and Germany, two members with their passports in custody. */
export async function seedTrip(ctx: TestContext, unitId: number, status = 'approved', task = `赴法德考察${randomBytes(2).toString('hex')}`) {
  const members = [member('王五', { role: 'head' }), member('赵六')];
  const [trip] = await ctx.db
    .insert(travelApplications)
    .values({
      orgUnitId: unitId,
      year: 2026,
      status,
      task,
      inviterName: '巴黎工商会',
      inviterCountry: 'FRA',
      departDate: '2027-01-10',
      returnDate: '2027-01-16',
      countries: ['FRA', 'DEU'],
      members,
    })
    .returning();
  const held = [];
  for (const m of members)
    held.push(
      (
        await ctx.db
          .insert(travelPassports)
          .values({ orgUnitId: unitId, holderName: m.name, passportType: 'official', number: m.passportNumber as string, expiry: '2030-01-01' })
          .returning()
      )[0],
    );
  return { trip, members, held };
}
