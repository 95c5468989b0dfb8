/**
 * The application side of outbound travel under /api/travel: applications and their workflow, the live
 * rule check, the publicity end, the Word and Excel downloads and the figures. Each handler parses, calls
 * a service and presents; the rules live in the services and the policy.
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamSchema, versionSchema } from '@shared/contracts/common';
import {
  applicationInputSchema,
  applicationListQuerySchema,
  applicationPageSchema,
  applicationSchema,
  applicationUpdateSchema,
  batchListQuerySchema,
  cancelSchema,
  checkResultSchema,
  leaderDecisionSchema,
  passportsReturnedSchema,
  publicityEndQuerySchema,
  publicityEndSchema,
  reportSchema,
  reviewActionSchema,
  stepSchema,
  travelPeriodSchema,
  travelStatsSchema,
  tripReturnSchema,
} from '@shared/contracts/travel';
import { attachmentSchema, type AttachmentOwners } from '@server/platform/files/attachments';
import { DOCX_TYPE } from '@server/platform/files/docx';
import { downloadHeaders } from '@server/platform/files/download';
import { streamXlsx, xlsxHeaders } from '@server/platform/files/excel';
import { actorOf } from '@server/platform/http/http';
import { dbOf, type Req } from '@server/platform/http/handlers';
import { officeRoutes } from './travel.office.routes';
import { recordReturn as recordTripReturn, fileReport as fileTripReport, passportsReturned as markPassportsReturned } from './service/after-trip';
import {
  applicationSteps,
  checkForm,
  createApplication as create,
  findApplication,
  listApplications as list,
  presentApplication,
  updateApplication as update,
} from './service/applications';
import {
  addAttachment,
  applicationAttachments,
  approvalForm as approvalFormFile,
  batchList as batchListFile,
  publicityNotice as publicityNoticeFile,
  type DocumentFile,
} from './service/documents';
import { publicityEnd as publicityEndOf } from './service/rules';
import { travelStats } from './service/stats';
import {
  cancelApplication as cancel,
  leaderDecision,
  reviewApplication as review,
  submitApplication as submit,
  withdrawApplication as withdraw,
} from './service/workflow';
import type { AppRow } from './repository/applications';

/** Who may download an application's files: whoever may read the application as it is now. */
export const travelAttachmentOwners: AttachmentOwners = { travel_application: { permission: 'travel.read', find: findApplication } };

const tags = ['travel'];
const params = idParamSchema;
const appOut = { 200: applicationSchema };
const S = {
  publicityEnd: { tags, querystring: publicityEndQuerySchema, response: { 200: publicityEndSchema } },
  check: { tags, body: applicationInputSchema.extend({ id: z.number().int().positive().max(2_147_483_647).optional() }), response: { 200: checkResultSchema } },
  list: { tags, querystring: applicationListQuerySchema, response: { 200: applicationPageSchema } },
  create: { tags, body: applicationInputSchema, response: { 201: applicationSchema } },
  one: { tags, params, response: appOut },
  update: { tags, params, body: applicationUpdateSchema, response: appOut },
  version: { tags, params, body: versionSchema, response: appOut },
  cancel: { tags, params, body: cancelSchema, response: appOut },
  review: { tags, params, body: reviewActionSchema, response: appOut },
  decide: { tags, params, body: leaderDecisionSchema, response: appOut },
  tripReturn: { tags, params, body: tripReturnSchema, response: appOut },
  passportsReturned: { tags, params, body: passportsReturnedSchema, response: appOut },
  report: { tags, params, body: reportSchema, response: appOut },
  steps: { tags, params, response: { 200: z.array(stepSchema) } },
  attachments: { tags, params, response: { 200: z.array(attachmentSchema) } },
  upload: { tags, params, consumes: ['multipart/form-data'], response: { 201: attachmentSchema } },
  download: { tags, params },
  batchList: { tags, querystring: batchListQuerySchema },
  stats: { tags, querystring: travelPeriodSchema, response: { 200: travelStatsSchema } },
};

/** The application after a step, as the page shows it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any route's request
const shown = (req: Req<any>, row: AppRow) => presentApplication(dbOf(req), actorOf(req), row);
const sendDocx = (reply: FastifyReply, file: DocumentFile) => reply.headers(downloadHeaders(file.name, DOCX_TYPE)).send(file.content);

async function publicityEnd(req: Req<typeof S.publicityEnd>) {
  return publicityEndOf(dbOf(req), req.query);
}
async function checkApplication(req: Req<typeof S.check>) {
  return checkForm(dbOf(req), actorOf(req), req.body);
}
async function listApplications(req: Req<typeof S.list>) {
  return list(dbOf(req), actorOf(req), req.query);
}
async function createApplication(req: Req<typeof S.create>, reply: FastifyReply) {
  return reply.code(201).send(await shown(req, await create(dbOf(req), actorOf(req), req.body)));
}
async function getApplication(req: Req<typeof S.one>) {
  return shown(req, await findApplication(dbOf(req), actorOf(req), req.params.id));
}
async function updateApplication(req: Req<typeof S.update>) {
  return shown(req, await update(dbOf(req), actorOf(req), req.params.id, req.body));
}
async function submitApplication(req: Req<typeof S.version>) {
  return shown(req, await submit(dbOf(req), actorOf(req), req.params.id, req.body.version));
}
async function withdrawApplication(req: Req<typeof S.version>) {
  return shown(req, await withdraw(dbOf(req), actorOf(req), req.params.id, req.body.version));
}
async function cancelApplication(req: Req<typeof S.cancel>) {
  return shown(req, await cancel(dbOf(req), actorOf(req), req.params.id, req.body.version, req.body.reason));
}
async function reviewApplication(req: Req<typeof S.review>) {
  return shown(req, await review(dbOf(req), actorOf(req), req.params.id, req.body));
}
async function decideApplication(req: Req<typeof S.decide>) {
  return shown(req, await leaderDecision(dbOf(req), actorOf(req), req.params.id, req.body));
}
async function recordReturn(req: Req<typeof S.tripReturn>) {
  return shown(req, await recordTripReturn(dbOf(req), actorOf(req), req.params.id, req.body));
}
async function passportsReturned(req: Req<typeof S.passportsReturned>) {
  return shown(req, await markPassportsReturned(dbOf(req), actorOf(req), req.params.id, req.body));
}
async function fileReport(req: Req<typeof S.report>) {
  return shown(req, await fileTripReport(dbOf(req), actorOf(req), req.params.id, req.body));
}
async function listSteps(req: Req<typeof S.steps>) {
  return applicationSteps(dbOf(req), actorOf(req), req.params.id);
}
async function listAttachments(req: Req<typeof S.attachments>) {
  return applicationAttachments(dbOf(req), actorOf(req), req.params.id);
}
async function uploadAttachment(req: Req<typeof S.upload>, reply: FastifyReply) {
  return reply.code(201).send(await addAttachment(dbOf(req), actorOf(req), req.params.id, req));
}
async function publicityNotice(req: Req<typeof S.download>, reply: FastifyReply) {
  return sendDocx(reply, await publicityNoticeFile(dbOf(req), actorOf(req), req.params.id));
}
async function approvalForm(req: Req<typeof S.download>, reply: FastifyReply) {
  return sendDocx(reply, await approvalFormFile(dbOf(req), actorOf(req), req.params.id));
}
async function batchList(req: Req<typeof S.batchList>, reply: FastifyReply) {
  const file = await batchListFile(dbOf(req), actorOf(req), req.query);
  return reply.headers(xlsxHeaders(file.name)).send(streamXlsx(file.sheet, file.columns, file.rows));
}
async function stats(req: Req<typeof S.stats>) {
  return travelStats(dbOf(req), actorOf(req), req.query.from, req.query.to);
}

export const travelRoutes: FastifyPluginAsyncZod = async (app) => {
  const read = { permission: 'travel.read' as const };
  const apply = { permission: 'travel.apply' as const };
  const review = { permission: 'travel.review' as const };

  app.get('/publicity-end', { config: read, schema: S.publicityEnd }, publicityEnd);
  app.post('/check', { config: read, schema: S.check }, checkApplication);
  app.get('/applications', { config: read, schema: S.list }, listApplications);
  app.post('/applications', { config: apply, schema: S.create }, createApplication);
  app.get('/applications/:id', { config: read, schema: S.one }, getApplication);
  app.put('/applications/:id', { config: apply, schema: S.update }, updateApplication);
  app.post('/applications/:id/submit', { config: apply, schema: S.version }, submitApplication);
  app.post('/applications/:id/withdraw', { config: apply, schema: S.version }, withdrawApplication);
  app.post('/applications/:id/cancel', { config: apply, schema: S.cancel }, cancelApplication);
  app.post('/applications/:id/review', { config: review, schema: S.review }, reviewApplication);
  app.post('/applications/:id/decide', { config: { permission: 'travel.approve' }, schema: S.decide }, decideApplication);
  app.post('/applications/:id/trip-return', { config: read, schema: S.tripReturn }, recordReturn);
  app.post('/applications/:id/passports-returned', { config: review, schema: S.passportsReturned }, passportsReturned);
  app.post('/applications/:id/report', { config: read, schema: S.report }, fileReport);
  app.get('/applications/:id/steps', { config: read, schema: S.steps }, listSteps);
  app.get('/applications/:id/attachments', { config: read, schema: S.attachments }, listAttachments);
  app.post('/applications/:id/attachments', { config: read, schema: S.upload }, uploadAttachment);
  app.get('/applications/:id/publicity-notice.docx', { config: read, schema: S.download }, publicityNotice);
  app.get('/applications/:id/approval-form.docx', { config: read, schema: S.download }, approvalForm);
  app.get('/batch-list.xlsx', { config: { permission: 'travel.export' }, schema: S.batchList }, batchList);
  app.get('/stats', { config: read, schema: S.stats }, stats);

  await app.register(officeRoutes);
};
