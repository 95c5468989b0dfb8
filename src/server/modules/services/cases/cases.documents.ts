/**
 * The files a case's checklist asks for: uploaded against one item (its file types and size checked, in the office's
 * words), and checked by the window (received, missing, rejected; the original seen). Nothing is deleted: a rejected
 * file stays in the history and a new one is uploaded beside it.
 */
import path from 'node:path';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { CaseKind } from '@shared/contracts/services';
import type { documentCheckSchema } from '@shared/contracts/services-cases';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import { recordAudit } from '@server/platform/audit/audit';
import { checkUploadName } from '@server/platform/files/uploads';
import { AppError, conflict, fieldError, notFound } from '@server/platform/http/errors';
import { casePolicy } from './cases.policy';
import type { CaseRow } from './cases.repository';
import { listCaseEvents } from './cases.repository';
import { findCase } from './cases.service';
import { factsOf } from './cases.workflow';
import * as repo from './documents.repository';
import { checklistOf } from './settings.service';

const MAX_BYTES = 20 * 1024 * 1024;

async function loaded(db: Db, actor: Actor, id: number) {
  const row = await findCase(db, actor, id);
  return { row, facts: factsOf(row, await listCaseEvents(db, scopeOf(actor), id)) };
}

const extOf = (name: string) =>
  path
    .extname(name)
    .slice(1)
    .toLowerCase()
    .replace(/^jpeg$/, 'jpg');

/** One file against one checklist item: multipart with the field `itemId` before the file (or ?itemId=). */
export async function uploadDocument(db: Db, actor: Actor, id: number, req: FastifyRequest, queryItemId?: number): Promise<CaseRow> {
  const { row, facts } = await loaded(db, actor, id);
  casePolicy.authorize(actor, 'upload', facts);
  if (!req.isMultipart()) throw new AppError(400, 'err.fileRequired');
  const part = await req.file();
  if (!part) throw new AppError(400, 'err.fileRequired');
  checkUploadName(part);
  const field = part.fields.itemId as { value?: unknown } | undefined;
  const itemId = Number(field?.value ?? queryItemId);
  if (!Number.isInteger(itemId) || itemId <= 0 || itemId > 2_147_483_647) {
    part.file.resume();
    throw fieldError('itemId', 'err.required');
  }
  const item = (await checklistOf(db, row.kind as CaseKind)).find((i) => i.id === itemId);
  if (!item) {
    part.file.resume();
    throw fieldError('itemId', 'svc.case.itemArchived');
  }
  const content = await part.toBuffer().catch((err: { code?: string }) => {
    throw err?.code === 'FST_REQ_FILE_TOO_LARGE' ? new AppError(413, 'err.fileTooLarge') : new AppError(400, 'err.uploadBroken');
  });
  if (content.length > MAX_BYTES || part.file.truncated) throw new AppError(413, 'err.fileTooLarge');
  const types = item.fileTypes.map((t) => t.replace(/^jpeg$/, 'jpg'));
  if (types.length && !types.includes(extOf(part.filename))) throw fieldError('file', 'svc.case.fileType', { types: item.fileTypes.join(', ') });
  if (item.maxKb && content.length > item.maxKb * 1024) throw fieldError('file', 'svc.case.fileTooBig', { kb: item.maxKb });
  const name = part.filename.slice(0, 200);
  await db.transaction(async (tx) => {
    const attachmentId = await repo.insertCaseFile(
      tx,
      { caseId: row.id, orgUnitId: row.orgUnitId, userId: actor.userId },
      { name, contentType: part.mimetype || 'application/octet-stream', content },
    );
    await repo.insertCaseDocument(tx, { caseId: row.id, itemId, attachmentId, status: 'received', createdBy: actor.userId, updatedBy: actor.userId });
    await recordAudit(tx, actor, {
      action: 'serviceCase.document',
      entityType: 'service_case',
      entityId: row.id,
      orgUnitId: row.orgUnitId,
      detail: { itemId, name, size: content.length },
    });
  });
  return row;
}

/** The window's check of one document. */
export async function checkDocument(db: Db, actor: Actor, id: number, docId: number, body: z.infer<typeof documentCheckSchema>): Promise<CaseRow> {
  const { row, facts } = await loaded(db, actor, id);
  casePolicy.authorize(actor, 'checkDocument', facts);
  const doc = await repo.findCaseDocument(db, scopeOf(actor), id, docId);
  if (!doc) throw notFound();
  const { version, ...changes } = body;
  await db.transaction(async (tx) => {
    if (!(await repo.updateCaseDocument(tx, docId, version, changes, actor.userId))) throw conflict();
    await recordAudit(tx, actor, {
      action: 'serviceCase.documentCheck',
      entityType: 'service_case',
      entityId: row.id,
      orgUnitId: row.orgUnitId,
      before: { status: doc.status, originalSeen: doc.originalSeen, note: doc.note },
      after: changes,
      detail: { documentId: docId },
    });
  });
  return row;
}
