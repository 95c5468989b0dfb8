/** The visa passports' SQL: reads in the caller's scope, the hooks' read of a case already read in scope, audited writes. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { inScope, type Scope } from '@server/platform/access/scope';
import type { AuditAction } from '@server/platform/audit/events';
import { insertAudited, saveVersioned } from '@server/platform/db/records';
import { serviceVisaPassports as p } from './visa.table';

export type VisaPassportRow = typeof p.$inferSelect;
export type VisaPassportInsert = Omit<typeof p.$inferInsert, 'id' | 'createdBy' | 'updatedBy'>;

/** A passport of the case, in the caller's scope, archived or not. */
export async function findPassport(db: Db, scope: Scope, caseId: number, id: number): Promise<VisaPassportRow | null> {
  const [row] = await db
    .select()
    .from(p)
    .where(and(eq(p.id, id), eq(p.caseId, caseId), inScope(p.orgUnitId, scope)));
  return row ?? null;
}

/** The case's passports in the order they were entered; archived ones too when asked (the page shows them struck out). */
export async function listPassports(db: Db, scope: Scope, caseId: number, withArchived = true): Promise<VisaPassportRow[]> {
  return db
    .select()
    .from(p)
    .where(and(eq(p.caseId, caseId), inScope(p.orgUnitId, scope), withArchived ? undefined : isNull(p.archivedAt)))
    .orderBy(asc(p.id));
}

/** The live passports of a case the workflow has already read in scope (its hooks have no caller to scope by). */
export async function livePassportsOfCase(tx: Db, caseId: number): Promise<VisaPassportRow[]> {
  return tx
    .select()
    .from(p)
    .where(and(eq(p.caseId, caseId), isNull(p.archivedAt)))
    .orderBy(asc(p.id));
}

export function addPassport(db: Db, actor: Actor, values: VisaPassportInsert): Promise<VisaPassportRow> {
  return insertAudited<VisaPassportRow>(db, actor, p, values, 'visa.passport.add', 'service_visa_passport');
}

/** Saves a change made on `version` with its audit event; `also` runs in the same transaction (the case's figures). */
export function savePassport(
  db: Db,
  actor: Actor,
  current: VisaPassportRow,
  version: number,
  changes: Partial<VisaPassportRow>,
  action: AuditAction,
  also?: (tx: Db, row: VisaPassportRow) => Promise<void>,
): Promise<VisaPassportRow> {
  return saveVersioned<VisaPassportRow>(db, actor, p, current, version, changes, action, 'service_visa_passport', { alsoInTransaction: also });
}
