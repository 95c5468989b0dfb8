/** The routes of a case's documents and of the window's settings (limits and checklists). Thin named handlers. */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamSchema } from '@shared/contracts/common';
import {
  archiveSchema,
  caseDetailSchema,
  checklistItemInputSchema,
  checklistItemUpdateSchema,
  docParamsSchema,
  documentCheckSchema,
  kindParamSchema,
  kindSettingsPageSchema,
  kindSettingsUpdateSchema,
} from '@shared/contracts/services-cases';
import { actorOf } from '@server/platform/http/http';
import { dbOf, type Req } from '@server/platform/http/handlers';
import { checkDocument, uploadDocument } from './cases.documents';
import { presentDetail } from './cases.presenter';
import { addItem, archiveItem, settingsPage, updateItem, updateSettings } from './cases.settings';

const tags = ['services'];
const page = { 200: kindSettingsPageSchema };
const S = {
  upload: {
    tags,
    params: idParamSchema,
    querystring: z.object({ itemId: z.coerce.number().int().positive().max(2_147_483_647).optional() }),
    consumes: ['multipart/form-data'],
    response: { 201: caseDetailSchema },
  },
  check: { tags, params: docParamsSchema, body: documentCheckSchema, response: { 200: caseDetailSchema } },
  settings: { tags, params: kindParamSchema, response: page },
  putSettings: { tags, params: kindParamSchema, body: kindSettingsUpdateSchema, response: page },
  addItem: { tags, params: kindParamSchema, body: checklistItemInputSchema, response: { 201: kindSettingsPageSchema } },
  updateItem: { tags, params: idParamSchema, body: checklistItemUpdateSchema, response: page },
  archiveItem: { tags, params: idParamSchema, body: archiveSchema, response: page },
};

async function postDocument(req: Req<typeof S.upload>, reply: FastifyReply) {
  const [db, actor] = [dbOf(req), actorOf(req)];
  const row = await uploadDocument(db, actor, req.params.id, req, req.query.itemId);
  return reply.code(201).send(await presentDetail(db, actor, row));
}
async function patchDocument(req: Req<typeof S.check>) {
  const [db, actor] = [dbOf(req), actorOf(req)];
  return presentDetail(db, actor, await checkDocument(db, actor, req.params.id, req.params.docId, req.body));
}
async function getSettings(req: Req<typeof S.settings>) {
  return settingsPage(dbOf(req), actorOf(req), req.params.kind);
}
async function putSettings(req: Req<typeof S.putSettings>) {
  return updateSettings(dbOf(req), actorOf(req), req.params.kind, req.body);
}
async function postItem(req: Req<typeof S.addItem>, reply: FastifyReply) {
  return reply.code(201).send(await addItem(dbOf(req), actorOf(req), req.params.kind, req.body));
}
async function patchItem(req: Req<typeof S.updateItem>) {
  return updateItem(dbOf(req), actorOf(req), req.params.id, req.body);
}
async function postArchiveItem(req: Req<typeof S.archiveItem>) {
  return archiveItem(dbOf(req), actorOf(req), req.params.id, req.body.version, req.body.reason);
}

export const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const read = { permission: 'services.read' as const };
  const manage = { permission: 'services.manage' as const };
  app.post('/cases/:id/documents', { config: read, schema: S.upload }, postDocument);
  app.patch('/cases/:id/documents/:docId', { config: { permission: 'services.handle' }, schema: S.check }, patchDocument);
  app.get('/settings/:kind', { config: read, schema: S.settings }, getSettings);
  app.put('/settings/:kind', { config: manage, schema: S.putSettings }, putSettings);
  app.post('/settings/:kind/items', { config: manage, schema: S.addItem }, postItem);
  app.patch('/checklist-items/:id', { config: manage, schema: S.updateItem }, patchItem);
  app.post('/checklist-items/:id/archive', { config: manage, schema: S.archiveItem }, postArchiveItem);
};
