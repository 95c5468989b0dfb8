/** The SQL of the files handed in against a case's checklist, and the window's check of each. */
import { and, asc, eq, sql } from 'drizzle-orm';
import { clock } from '@server/clock';
import type { Db } from '@server/db/client';
import { inScope, type Scope } from '@server/platform/access/scope';
import { attachments } from '@server/platform/platform.table';
import { serviceCaseDocuments, serviceCases } from './cases.table';

export type CaseDocumentRow = typeof serviceCaseDocuments.$inferSelect & { fileName: string | null; sizeBytes: number | null };

/** A case's documents with their files' names and sizes; only for a case of the caller's subtree. */
export async function listCaseDocuments(db: Db, scope: Scope, caseId: number): Promise<CaseDocumentRow[]> {
  const rows = await db
    .select({ d: serviceCaseDocuments, fileName: attachments.name, sizeBytes: attachments.size })
    .from(serviceCaseDocuments)
    .innerJoin(serviceCases, eq(serviceCases.id, serviceCaseDocuments.caseId))
    .leftJoin(attachments, eq(attachments.id, serviceCaseDocuments.attachmentId))
    .where(and(eq(serviceCaseDocuments.caseId, caseId), inScope(serviceCases.orgUnitId, scope)))
    .orderBy(asc(serviceCaseDocuments.id));
  return rows.map((r) => ({ ...r.d, fileName: r.fileName, sizeBytes: r.sizeBytes }));
}

export async function findCaseDocument(db: Db, scope: Scope, caseId: number, id: number): Promise<CaseDocumentRow | null> {
  return (await listCaseDocuments(db, scope, caseId)).find((d) => d.id === id) ?? null;
}

/** The file itself, owned by the case (served through the attachments route, which asks the case's read). */
export async function insertCaseFile(
  tx: Db,
  owner: { caseId: number; orgUnitId: number; userId: number },
  file: { name: string; contentType: string; content: Buffer },
): Promise<number> {
  const [row] = await tx
    .insert(attachments)
    .values({
      entityType: 'service_case',
      entityId: owner.caseId,
      orgUnitId: owner.orgUnitId,
      name: file.name,
      contentType: file.contentType,
      size: file.content.length,
      content: file.content,
      uploadedBy: owner.userId,
    })
    .returning({ id: attachments.id });
  return row.id;
}

export async function insertCaseDocument(tx: Db, values: typeof serviceCaseDocuments.$inferInsert): Promise<number> {
  const [row] = await tx.insert(serviceCaseDocuments).values(values).returning({ id: serviceCaseDocuments.id });
  return row.id;
}

/** The window's check on the version the caller saw; null when stale. */
export async function updateCaseDocument(tx: Db, id: number, version: number, changes: Partial<CaseDocumentRow>, userId: number): Promise<boolean> {
  const rows = await tx
    .update(serviceCaseDocuments)
    .set({ ...changes, version: sql`${serviceCaseDocuments.version} + 1`, updatedBy: userId, updatedAt: clock.now() })
    .where(and(eq(serviceCaseDocuments.id, id), eq(serviceCaseDocuments.version, version)))
    .returning({ id: serviceCaseDocuments.id });
  return rows.length > 0;
}
