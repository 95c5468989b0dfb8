/**
 * The foreign residents ledger under /api/residents: files, movements, the MRZ reader, imports, exports and the
 * figures. Each handler is named and thin: the zod-validated input, one service call, the presenter. Rules live in
 * the services and the policy; the sheets in residents.exports.ts.
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamSchema, versionSchema } from '@shared/contracts/common';
import { jobSchema } from '@shared/contracts/jobs';
import {
  archiveSchema,
  dailyReportQuerySchema,
  movementInputSchema,
  movementSchema,
  mrzInputSchema,
  residentFilterSchema,
  residentInputSchema,
  residentListQuerySchema,
  residentPageSchema,
  residentSchema,
  residentUpdateSchema,
  statsSchema,
} from '@shared/contracts/residents';
import { sendSheet, sendWorkbook } from '@server/platform/files/excel';
import { receiveXlsxUpload } from '@server/platform/files/uploads';
import { contextOf as ctx, type Reply, type Req } from '@server/platform/http/handlers';
import { startImport } from '@server/platform/jobs/jobs';
import { dailyReportWorkbook, importTemplate, ledgerSheet } from './residents.exports';
import { residentImportHandler } from './residents.import';
import { presentPage, presentResident } from './residents.presenter';
import {
  addMovement,
  archiveResident,
  createResident,
  getResident,
  movementTimeline,
  readMrz,
  residentPage,
  restoreResident,
  updateResident,
} from './residents.service';
import { currentStats, dailyStats } from './residents.stats';
import { clock } from '@server/clock';

const tags = ['residents'];
const read = { permission: 'residents.read' as const };
const write = { permission: 'residents.write' as const };
const byId = { tags, params: idParamSchema };

const list = { tags, querystring: residentListQuerySchema, response: { 200: residentPageSchema } };
async function listResidents(req: Req<typeof list>) {
  const { db, actor } = ctx(req);
  return presentPage(db, actor, await residentPage(db, actor, req.query), req.query);
}
const ledgerExport = { tags, querystring: residentFilterSchema };
async function exportResidents(req: Req<typeof ledgerExport>, reply: FastifyReply) {
  const { db, actor } = ctx(req);
  return sendSheet(reply, await ledgerSheet(db, actor, req.query));
}
const template = { tags };
async function downloadImportTemplate(req: Req<typeof template>, reply: FastifyReply) {
  return sendWorkbook(reply, await importTemplate(ctx(req).actor));
}
const ledgerImport = { tags, consumes: ['multipart/form-data'], response: { 202: jobSchema } };
async function importResidents(req: Req<typeof ledgerImport>, reply: Reply<typeof ledgerImport>) {
  const { db, actor } = ctx(req);
  // The handler first: nothing can fail between receiving the upload and its job taking it over.
  const handler = await residentImportHandler(db, actor);
  const file = await receiveXlsxUpload(req);
  return reply.code(202).send(await startImport(db, actor, file, handler, (err) => req.log.error({ err }, 'import failed')));
}
const mrz = { tags, body: mrzInputSchema };
async function postMrz(req: Req<typeof mrz>) {
  return readMrz(req.body.text, ctx(req).actor);
}
const figures = { tags, response: { 200: statsSchema } };
async function getStats(req: Req<typeof figures>) {
  const { db, actor } = ctx(req);
  return currentStats(db, actor);
}
const daily = { tags, querystring: dailyReportQuerySchema, response: { 200: statsSchema } };
async function getDailyReport(req: Req<typeof daily>) {
  const { db, actor } = ctx(req);
  return dailyStats(db, actor, req.query.date ?? clock.today());
}
const dailyExport = { tags, querystring: dailyReportQuerySchema };
async function exportDailyReport(req: Req<typeof dailyExport>, reply: FastifyReply) {
  const { db, actor } = ctx(req);
  return sendWorkbook(reply, await dailyReportWorkbook(db, actor, req.query.date ?? clock.today()));
}
const create = { tags, body: residentInputSchema, response: { 201: residentSchema } };
async function postResident(req: Req<typeof create>, reply: Reply<typeof create>) {
  const { db, actor } = ctx(req);
  return reply.code(201).send(await presentResident(db, actor, await createResident(db, actor, req.body)));
}
const one = { ...byId, response: { 200: residentSchema } };
async function showResident(req: Req<typeof one>) {
  const { db, actor } = ctx(req);
  return presentResident(db, actor, await getResident(db, actor, req.params.id));
}
const update = { ...one, body: residentUpdateSchema };
async function putResident(req: Req<typeof update>) {
  const { db, actor } = ctx(req);
  return presentResident(db, actor, await updateResident(db, actor, req.params.id, req.body));
}
const archive = { ...one, body: archiveSchema };
async function postArchive(req: Req<typeof archive>) {
  const { db, actor } = ctx(req);
  return presentResident(db, actor, await archiveResident(db, actor, req.params.id, req.body));
}
const restore = { ...one, body: versionSchema };
async function postRestore(req: Req<typeof restore>) {
  const { db, actor } = ctx(req);
  return presentResident(db, actor, await restoreResident(db, actor, req.params.id, req.body));
}
const timeline = { ...byId, response: { 200: z.array(movementSchema) } };
async function listMovements(req: Req<typeof timeline>) {
  const { db, actor } = ctx(req);
  return movementTimeline(db, actor, req.params.id);
}
const movement = { ...one, body: movementInputSchema };
async function postMovement(req: Req<typeof movement>) {
  const { db, actor } = ctx(req);
  return presentResident(db, actor, await addMovement(db, actor, req.params.id, req.body));
}

export const residentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/', { config: read, schema: list }, listResidents);
  app.get('/export.xlsx', { config: { permission: 'residents.export' }, schema: ledgerExport }, exportResidents);
  app.get('/import-template.xlsx', { config: { permission: 'residents.import' }, schema: template }, downloadImportTemplate);
  app.post('/import', { config: { permission: 'residents.import' }, schema: ledgerImport }, importResidents);
  app.post('/mrz', { config: read, schema: mrz }, postMrz);
  app.get('/stats', { config: { permission: 'stats.read' }, schema: figures }, getStats);
  app.get('/daily-report', { config: { permission: 'stats.read' }, schema: daily }, getDailyReport);
  app.get('/daily-report.xlsx', { config: { permission: 'stats.read' }, schema: dailyExport }, exportDailyReport);
  app.post('/', { config: write, schema: create }, postResident);
  app.get('/:id', { config: read, schema: one }, showResident);
  app.put('/:id', { config: write, schema: update }, putResident);
  app.post('/:id/archive', { config: write, schema: archive }, postArchive);
  app.post('/:id/restore', { config: write, schema: restore }, postRestore);
  app.get('/:id/movements', { config: read, schema: timeline }, listMovements);
  app.post('/:id/movements', { config: write, schema: movement }, postMovement);
};
