import { and, asc, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { idParamSchema } from '@shared/contracts/common';
import type { Db } from '@server/db/client';
import { attachments } from '../platform.table';
import { recordAudit } from '../audit/audit';
import { downloadHeaders } from './download';
import { AppError, notFound } from '../http/errors';
import { actorOf } from '../http/http';
import type { Permission } from '@shared/contracts/auth';
import { can, type Actor } from '../access/actor';
import { checkUploadName } from './uploads';

export const attachmentSchema = z.object({ id: z.number(), name: z.string(), contentType: z.string(), size: z.number(), createdAt: z.string() });
const MAX_BYTES = 20 * 1024 * 1024;

type Owner = { entityType: string; entityId: number; orgUnitId: number };

/** Stores an uploaded file against a record the caller has already been allowed to change. */
export async function saveAttachment(db: Db, actor: Actor, owner: Owner, req: FastifyRequest) {
  if (!req.isMultipart()) throw new AppError(400, 'err.fileRequired');
  const part = await req.file();
  if (!part) throw new AppError(400, 'err.fileRequired');
  checkUploadName(part);
  // Over the multipart limit is a 413; a body cut off before the file ends is a bad request, not a big file.
  const content = await part.toBuffer().catch((err: { code?: string }) => {
    throw err?.code === 'FST_REQ_FILE_TOO_LARGE' ? new AppError(413, 'err.fileTooLarge') : new AppError(400, 'err.uploadBroken');
  });
  if (content.length > MAX_BYTES || part.file.truncated) throw new AppError(413, 'err.fileTooLarge');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(attachments)
      .values({
        ...owner,
        name: part.filename.slice(0, 200),
        contentType: part.mimetype || 'application/octet-stream',
        size: content.length,
        content,
        uploadedBy: actor.userId,
      })
      .returning({
        id: attachments.id,
        name: attachments.name,
        contentType: attachments.contentType,
        size: attachments.size,
        createdAt: attachments.createdAt,
      });
    await recordAudit(tx, actor, {
      action: 'attachment.add',
      entityType: owner.entityType,
      entityId: owner.entityId,
      orgUnitId: owner.orgUnitId,
      detail: { name: row.name, size: row.size },
    });
    return { ...row, createdAt: row.createdAt.toISOString() };
  });
}

export async function listAttachments(db: Db, entityType: string, entityId: number) {
  const rows = await db
    .select({ id: attachments.id, name: attachments.name, contentType: attachments.contentType, size: attachments.size, createdAt: attachments.createdAt })
    .from(attachments)
    .where(and(eq(attachments.entityType, entityType), eq(attachments.entityId, entityId)))
    .orderBy(asc(attachments.id));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/**
 * The kinds of record that own attachments, each with the permission to read it and the owning module's
 * own scoped read (which answers 404 outside the caller's scope). The app composes them from the modules.
 */
export type AttachmentOwners = Record<string, { permission: Permission; find: (db: Db, actor: Actor, id: number) => Promise<unknown> }>;

/**
 * Download of an attachment: allowed when the caller may read the record that owns it now. The check goes
 * through the record, not the unit stored with the file, so a record moved to another office takes its
 * files with it and can never drift apart from them. An owner kind no module declares is never served.
 */
export const attachmentRoutes: FastifyPluginAsyncZod<{ owners: AttachmentOwners }> = async (app, opts) => {
  const { db } = app.database;
  app.get('/:id', { schema: { tags: ['attachments'], params: idParamSchema } }, async (req, reply) => {
    const actor = actorOf(req);
    const [owned] = await db
      .select({ entityType: attachments.entityType, entityId: attachments.entityId })
      .from(attachments)
      .where(eq(attachments.id, req.params.id));
    const owner = owned ? opts.owners[owned.entityType] : undefined;
    if (!owned || !owner || !can(actor, owner.permission)) throw notFound();
    await owner.find(db, actor, owned.entityId);
    const [file] = await db.select().from(attachments).where(eq(attachments.id, req.params.id));
    if (!file) throw notFound();
    return reply.headers(downloadHeaders(file.name, file.contentType)).send(file.content);
  });
};
