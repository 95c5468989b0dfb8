/**
 * What other modules read of travel (the service window's visa agency links a passport to an approved trip and to
 * the passport in the office's custody): approved trips as the office approved them, scoped like every travel read.
 */
import type { Member } from '@shared/contracts/travel';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { scopeOf, type Scope } from '@server/platform/access/scope';
import * as apps from '../repository/applications';
import * as passports from '../repository/passports';
import { approvedShape } from '../travel.check';

export interface ApprovedTrip {
  id: number;
  orgUnitId: number;
  task: string;
  departDate: string;
  returnDate: string;
  countries: string[];
  /** The members as approved (those the office removed are off). */
  members: Member[];
}

const toTrip = (r: apps.AppRow): ApprovedTrip => {
  const shape = approvedShape(r);
  return {
    id: r.id,
    orgUnitId: r.orgUnitId,
    task: r.task,
    departDate: shape.departDate,
    returnDate: shape.returnDate,
    countries: r.countries,
    members: shape.members,
  };
};

/** The approved trips of the caller's scope matching `q` (task, inviter, a member's name or passport number), latest departure first. */
export async function approvedTrips(db: Db, actor: Actor, q: string | undefined, limit = 30): Promise<ApprovedTrip[]> {
  const { rows } = await apps.listApplications(db, scopeOf(actor), { status: 'approved', q }, { page: 1, pageSize: limit });
  return rows.map(toTrip);
}

/** One approved trip of the caller's scope, or null (absent, out of scope or not approved). */
export async function findApprovedTrip(db: Db, actor: Actor, id: number): Promise<ApprovedTrip | null> {
  const row = await apps.findApplication(db, scopeOf(actor), id);
  return row && row.status === 'approved' ? toTrip(row) : null;
}

/** Which of these trips are approved, seen from a scope (a case's unit, where no caller is at hand). */
export async function approvedTripIds(db: Db, scope: Scope, ids: number[]): Promise<Set<number>> {
  const rows = await apps.applicationsByIds(db, scope, [...new Set(ids)]);
  return new Set(rows.filter((r) => r.status === 'approved').map((r) => r.id));
}

/** The passports in custody of the caller's scope under these numbers, by number. */
export async function custodyPassportsByNumber(db: Db, actor: Actor, numbers: string[]): Promise<Map<string, { id: number; holderName: string }>> {
  const rows = await passports.listPassportsByNumbers(db, scopeOf(actor), [...new Set(numbers.filter(Boolean))]);
  return new Map(rows.map((r) => [r.number, { id: r.id, holderName: r.holderName }]));
}

/** A passport in custody of the caller's scope, or null. */
export async function findCustodyPassport(db: Db, actor: Actor, id: number): Promise<{ id: number; number: string; holderName: string } | null> {
  const row = await passports.findPassport(db, scopeOf(actor), id);
  return row ? { id: row.id, number: row.number, holderName: row.holderName } : null;
}
