/**
 * The templates API under /api/services/templates: the list, one template's text (the office's, or the default),
 * saving and resetting it, and its preview filled with sample values. Handlers are named and thin.
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamSchema, localeSchema } from '@shared/contracts/common';
import { CASE_FORMS, templateParamsSchema, templateResetSchema, templateSaveSchema, templateSchema, type CaseForm } from '@shared/contracts/services-templates';
import { DOCX_TYPE } from '@server/platform/files/docx';
import { downloadHeaders } from '@server/platform/files/download';
import { contextOf as ctx, dbOf, type Req } from '@server/platform/http/handlers';
import { caseForm } from './templates.forms';
import { forCaller } from './templates.presenter';
import { getTemplate, listTemplates, previewTemplate, resetTemplate, saveTemplate } from './templates.service';

const tags = ['services'];
const read = { permission: 'services.read' as const };
const manage = { permission: 'services.manage' as const };

const list = { tags, response: { 200: z.array(templateSchema) } };
async function listAll(req: Req<typeof list>) {
  const { db, actor } = ctx(req);
  return (await listTemplates(db)).map((t) => forCaller(actor, t));
}
const one = { tags, params: templateParamsSchema, response: { 200: templateSchema } };
async function showOne(req: Req<typeof one>) {
  const { db, actor } = ctx(req);
  return forCaller(actor, await getTemplate(db, req.params.key, req.params.locale));
}
const save = { ...one, body: templateSaveSchema };
async function putOne(req: Req<typeof save>) {
  const { db, actor } = ctx(req);
  return forCaller(actor, await saveTemplate(db, actor, req.params.key, req.params.locale, req.body));
}
const reset = { ...one, body: templateResetSchema };
async function postReset(req: Req<typeof reset>) {
  const { db, actor } = ctx(req);
  return forCaller(actor, await resetTemplate(db, actor, req.params.key, req.params.locale, req.body));
}
const preview = { tags, params: templateParamsSchema };
async function downloadPreview(req: Req<typeof preview>, reply: FastifyReply) {
  const { file, title } = await previewTemplate(dbOf(req), req.params.key, req.params.locale);
  return reply.headers(downloadHeaders(`${title}.docx`, DOCX_TYPE)).send(file);
}

const form = { tags, params: idParamSchema, querystring: z.object({ locale: localeSchema.default('zh-CN') }) };
const downloadForm = (name: CaseForm) =>
  async function downloadCaseForm(req: Req<typeof form>, reply: FastifyReply) {
    const { db, actor } = ctx(req);
    const { file, name: fileName } = await caseForm(db, actor, req.params.id, name, req.query.locale);
    return reply.headers(downloadHeaders(fileName, DOCX_TYPE)).send(file);
  };

export const templateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/templates', { config: read, schema: list }, listAll);
  app.get('/templates/:key/:locale', { config: read, schema: one }, showOne);
  app.put('/templates/:key/:locale', { config: manage, schema: save }, putOne);
  app.post('/templates/:key/:locale/reset', { config: manage, schema: reset }, postReset);
  app.get('/templates/:key/:locale/preview.docx', { config: read, schema: preview }, downloadPreview);
  // The forms of a case, each from the template of its step (the case's own scope decides who may print it).
  for (const name of CASE_FORMS) app.get(`/cases/:id/forms/${name}.docx`, { config: read, schema: form }, downloadForm(name));
};
