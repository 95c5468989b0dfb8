/**
 * The visa agency's API under /api/services/visas: a batch's passports, their steps at the embassy and back, and the
 * approved trips a line may link. Each handler is named and thin: the validated input, one service call, the presenter.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  visaArchiveSchema,
  visaCaseParamsSchema,
  visaNotAcceptSchema,
  visaNoticeSchema,
  visaPassportInputSchema,
  visaPassportParamsSchema,
  visaPassportSchema,
  visaPassportUpdateSchema,
  visaResultSchema,
  visaReturnSchema,
  visaSendSchema,
  visaTripQuerySchema,
  visaTripSchema,
} from '@shared/contracts/services-visa';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { contextOf as ctx, type Reply, type Req } from '@server/platform/http/handlers';
import { presentPassports } from './visa.presenter';
import type { VisaPassportRow } from './visa.repository';
import {
  addPassport,
  archivePassport,
  casePassports,
  findVisaCase,
  linkableTrips,
  notAcceptPassport,
  noticePassport,
  recordResult,
  returnPassport,
  sendPassport,
  updatePassport,
} from './visa.service';

const tags = ['services'];
const read = { permission: 'services.read' as const };
/** A unit's contact (apply) and the window (handle) both write lines; the policy tells them apart (a leader only reads). */
const write = { permission: 'services.read' as const };
const handle = { permission: 'services.handle' as const };

async function presentOne(db: Db, actor: Actor, caseId: number, p: VisaPassportRow) {
  const row = await findVisaCase(db, actor, caseId);
  return (await presentPassports(db, actor, row, [p]))[0];
}

const list = { tags, params: visaCaseParamsSchema, response: { 200: z.array(visaPassportSchema) } };
async function listVisaPassports(req: Req<typeof list>) {
  const { db, actor } = ctx(req);
  const { row, passports } = await casePassports(db, actor, req.params.caseId);
  return presentPassports(db, actor, row, passports);
}
const create = { tags, params: visaCaseParamsSchema, body: visaPassportInputSchema, response: { 201: visaPassportSchema } };
async function postVisaPassport(req: Req<typeof create>, reply: Reply<typeof create>) {
  const { db, actor } = ctx(req);
  const p = await addPassport(db, actor, req.params.caseId, req.body);
  return reply.code(201).send(await presentOne(db, actor, req.params.caseId, p));
}
const one = { tags, params: visaPassportParamsSchema, response: { 200: visaPassportSchema } };
const update = { ...one, body: visaPassportUpdateSchema };
async function patchVisaPassport(req: Req<typeof update>) {
  const { db, actor } = ctx(req);
  const { caseId, pid } = req.params;
  return presentOne(db, actor, caseId, await updatePassport(db, actor, caseId, pid, req.body));
}

/** A step's handler: the service call named by the step, answered with the passport as it now is. */
function stepHandler<B>(name: string, run: (db: Db, actor: Actor, caseId: number, pid: number, body: B) => Promise<VisaPassportRow>) {
  const handler = async (req: Req<typeof one> & { body: B }) => {
    const { db, actor } = ctx(req);
    const { caseId, pid } = req.params;
    return presentOne(db, actor, caseId, await run(db, actor, caseId, pid, req.body));
  };
  Object.defineProperty(handler, 'name', { value: name });
  return handler;
}
const archivePassportHandler = stepHandler('postVisaPassportArchive', archivePassport);
const sendHandler = stepHandler('postVisaPassportSend', sendPassport);
const resultHandler = stepHandler('postVisaPassportResult', recordResult);
const returnHandler = stepHandler('postVisaPassportReturn', returnPassport);
const noticeHandler = stepHandler('postVisaPassportNotice', noticePassport);
const notAcceptHandler = stepHandler('postVisaPassportNotAccept', notAcceptPassport);

const trips = { tags, querystring: visaTripQuerySchema, response: { 200: z.array(visaTripSchema) } };
async function listVisaTrips(req: Req<typeof trips>) {
  const { db, actor } = ctx(req);
  return linkableTrips(db, actor, req.query.q);
}

export const visaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/visas/trips', { config: read, schema: trips }, listVisaTrips);
  app.get('/visas/:caseId/passports', { config: read, schema: list }, listVisaPassports);
  app.post('/visas/:caseId/passports', { config: write, schema: create }, postVisaPassport);
  app.patch('/visas/:caseId/passports/:pid', { config: write, schema: update }, patchVisaPassport);
  app.post('/visas/:caseId/passports/:pid/archive', { config: write, schema: { ...one, body: visaArchiveSchema } }, archivePassportHandler);
  app.post('/visas/:caseId/passports/:pid/notice', { config: handle, schema: { ...one, body: visaNoticeSchema } }, noticeHandler);
  app.post('/visas/:caseId/passports/:pid/not-accept', { config: handle, schema: { ...one, body: visaNotAcceptSchema } }, notAcceptHandler);
  app.post('/visas/:caseId/passports/:pid/send', { config: handle, schema: { ...one, body: visaSendSchema } }, sendHandler);
  app.post('/visas/:caseId/passports/:pid/result', { config: handle, schema: { ...one, body: visaResultSchema } }, resultHandler);
  app.post('/visas/:caseId/passports/:pid/return', { config: handle, schema: { ...one, body: visaReturnSchema } }, returnHandler);
};
