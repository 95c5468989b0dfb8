/** The invitation letters' SQL: the letter of a case, its invitees, its number and the close-out list. */
import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lt, max, type SQL } from 'drizzle-orm';
import type { CloseOutState } from '@shared/contracts/services-invitation';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { inScope, type Scope } from '@server/platform/access/scope';
import { recordAudit } from '@server/platform/audit/audit';
import type { AuditEventTypes } from '@server/platform/audit/events';
import { insertAudited, saveVersioned } from '@server/platform/db/records';
import { serviceCases } from '../cases/cases.table';
import { serviceInvitations, serviceInvitees } from './invitation.table';

export type InvitationRow = typeof serviceInvitations.$inferSelect;
export type InviteeRow = typeof serviceInvitees.$inferSelect;
type InvitationInsert = typeof serviceInvitations.$inferInsert;
type InviteeInsert = typeof serviceInvitees.$inferInsert;

/** The letter of a case of the caller's subtree, or null before its facts were first saved. */
export async function findInvitation(db: Db, scope: Scope, caseId: number): Promise<InvitationRow | null> {
  const [row] = await db
    .select()
    .from(serviceInvitations)
    .where(and(eq(serviceInvitations.caseId, caseId), inScope(serviceInvitations.orgUnitId, scope)));
  return row ?? null;
}

/** The live invitees of a case of the caller's subtree, in the order they were added. */
export function listInvitees(db: Db, scope: Scope, caseId: number): Promise<InviteeRow[]> {
  return db
    .select()
    .from(serviceInvitees)
    .where(and(eq(serviceInvitees.caseId, caseId), isNull(serviceInvitees.archivedAt), inScope(serviceInvitees.orgUnitId, scope)))
    .orderBy(asc(serviceInvitees.id));
}

/** One live invitee of a case of the caller's subtree, or null. */
export async function findInvitee(db: Db, scope: Scope, caseId: number, id: number): Promise<InviteeRow | null> {
  const [row] = await db
    .select()
    .from(serviceInvitees)
    .where(and(eq(serviceInvitees.id, id), eq(serviceInvitees.caseId, caseId), isNull(serviceInvitees.archivedAt), inScope(serviceInvitees.orgUnitId, scope)));
  return row ?? null;
}

/** The letter's facts of a case the workflow has just read in scope (the kind's hooks). */
export async function caseLetter(tx: Db, caseId: number): Promise<InvitationRow | null> {
  const [row] = await tx.select().from(serviceInvitations).where(eq(serviceInvitations.caseId, caseId));
  return row ?? null;
}

/** The live invitees of a case the workflow has just read in scope (the kind's hooks). */
export function caseInvitees(tx: Db, caseId: number): Promise<InviteeRow[]> {
  return tx
    .select()
    .from(serviceInvitees)
    .where(and(eq(serviceInvitees.caseId, caseId), isNull(serviceInvitees.archivedAt)))
    .orderBy(asc(serviceInvitees.id));
}

/** The highest letter sequence an office gave in a year (0 for none): the office's numbering, whoever issued. */
export async function lastLetterSeq(tx: Db, officeId: number, year: number): Promise<number> {
  const [row] = await tx
    .select({ seq: max(serviceInvitations.letterSeq) })
    .from(serviceInvitations)
    .where(and(eq(serviceInvitations.officeId, officeId), eq(serviceInvitations.letterYear, year)));
  return row?.seq ?? 0;
}

/** A letter's first save, audited as created. */
export function insertInvitation(db: Db, actor: Actor, values: Omit<InvitationInsert, 'id'>): Promise<InvitationRow> {
  return insertAudited<InvitationRow>(db, actor, serviceInvitations, values, 'invitation.create', 'service_invitation');
}

/** Changes to a letter made on `version` (its facts, its number, its close-out), audited; a stale version is a 409. */
export function saveInvitation<A extends 'invitation.update' | 'invitation.issue' | 'invitation.closeOut'>(
  db: Db,
  actor: Actor,
  row: InvitationRow,
  version: number,
  changes: Partial<InvitationRow>,
  action: A,
  detail?: AuditEventTypes[A],
): Promise<InvitationRow> {
  return saveVersioned(db, actor, serviceInvitations, row, version, changes, action, 'service_invitation', { detail });
}

/** A new invitee, audited with where the fields came from (typed or read from an MRZ). */
export function addInvitee(db: Db, actor: Actor, values: Omit<InviteeInsert, 'id'>, fromMrz: boolean): Promise<InviteeRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(serviceInvitees)
      .values({ ...values, createdBy: actor.userId, updatedBy: actor.userId })
      .returning();
    await recordAudit(tx, actor, {
      action: 'invitation.invitee.add',
      entityType: 'service_invitee',
      entityId: row!.id,
      orgUnitId: row!.orgUnitId,
      after: values,
      detail: { caseId: row!.caseId, fromMrz },
    });
    return row!;
  });
}

/** Changes to an invitee (its fields, or its removal with a reason) made on `version`, audited. */
export function saveInvitee(
  db: Db,
  actor: Actor,
  row: InviteeRow,
  version: number,
  changes: Partial<InviteeRow>,
  action: 'invitation.invitee.update' | 'invitation.invitee.remove',
): Promise<InviteeRow> {
  return saveVersioned(db, actor, serviceInvitees, row, version, changes, action, 'service_invitee', { detail: { caseId: row.caseId } });
}

/** Records a download of the letter, so the office knows the unit has it. */
export function addDownloadAudit(db: Db, actor: Actor, row: InvitationRow): Promise<void> {
  return recordAudit(db, actor, {
    action: 'invitation.download',
    entityType: 'service_invitation',
    entityId: row.id,
    orgUnitId: row.orgUnitId,
    detail: { caseId: row.caseId, letterNumber: row.letterNumber ?? '' },
  });
}

export interface CloseOutListRow {
  caseId: number;
  caseNumber: string | null;
  unitName: string;
  letterNumber: string | null;
  issuedOn: string | null;
  entryDate: string | null;
  persons: number;
  closeOutDueOn: string | null;
  closedOutOn: string | null;
  closeOutKind: string | null;
  departedOn: string | null;
}

function closeOutWhere(state: CloseOutState, today: string): SQL {
  const issued = isNotNull(serviceInvitations.issuedOn);
  if (state === 'done') return and(issued, isNotNull(serviceInvitations.closedOutOn))!;
  // A case picked up (closed) after issue still owes its close-out.
  const open = and(issued, isNull(serviceInvitations.closedOutOn), inArray(serviceCases.status, ['issued', 'closed']));
  // Overdue from the day after the due date: the due date itself is still on time.
  return state === 'overdue' ? and(open, lt(serviceInvitations.closeOutDueOn, today))! : and(open, gte(serviceInvitations.closeOutDueOn, today))!;
}

/** One page of the issued letters of the caller's subtree whose close-out is due, overdue or done. */
export async function listCloseOuts(
  db: Db,
  scope: Scope,
  state: CloseOutState,
  today: string,
  page: { page: number; pageSize: number },
): Promise<{ rows: CloseOutListRow[]; total: number }> {
  const where = and(closeOutWhere(state, today), inScope(serviceInvitations.orgUnitId, scope));
  const base = db.select({ n: count() }).from(serviceInvitations).innerJoin(serviceCases, eq(serviceCases.id, serviceInvitations.caseId));
  const [totalRow] = await base.where(where);
  const rows = await db
    .select({
      caseId: serviceInvitations.caseId,
      caseNumber: serviceCases.number,
      unitName: serviceCases.applicantName,
      letterNumber: serviceInvitations.letterNumber,
      issuedOn: serviceInvitations.issuedOn,
      entryDate: serviceInvitations.entryDate,
      persons: serviceCases.persons,
      closeOutDueOn: serviceInvitations.closeOutDueOn,
      closedOutOn: serviceInvitations.closedOutOn,
      closeOutKind: serviceInvitations.closeOutKind,
      departedOn: serviceInvitations.departedOn,
    })
    .from(serviceInvitations)
    .innerJoin(serviceCases, eq(serviceCases.id, serviceInvitations.caseId))
    .where(where)
    .orderBy(state === 'done' ? desc(serviceInvitations.closedOutOn) : asc(serviceInvitations.closeOutDueOn), asc(serviceInvitations.caseId))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  return { rows, total: totalRow?.n ?? 0 };
}
