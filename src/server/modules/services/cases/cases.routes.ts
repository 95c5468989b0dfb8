/** The case machinery's routes: open a case, read it, edit its draft, and its steps. Thin named handlers. */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { idParamSchema } from '@shared/contracts/common';
import {
  assignSchema,
  caseAlertsSchema,
  caseFilterSchema,
  caseQuerySchema,
  queuePageSchema,
  caseDetailSchema,
  caseUpdateSchema,
  extendSchema,
  noticeSchema,
  openCaseInputSchema,
  reasonSchema,
  stepVersionSchema,
  withdrawSchema,
  type CaseStep,
} from '@shared/contracts/services-cases';
import type { Permission } from '@shared/contracts/auth';
import { actorOf } from '@server/platform/http/http';
import { dbOf, type Req } from '@server/platform/http/handlers';
import { KIND_HOOKS } from '../kinds';
import { sendSheet } from '@server/platform/files/excel';
import { presentDetail } from './cases.presenter';
import { caseAlerts, casesSheet, listCases } from './cases.queue';
import { findCase, openCase } from './cases.service';
import { takeStep, updateCase, type StepBody } from './cases.workflow';
import { settingsRoutes } from './settings.routes';

const tags = ['services'];
const params = idParamSchema;
const detail = { 200: caseDetailSchema };
const S = {
  open: { tags, body: openCaseInputSchema, response: { 201: caseDetailSchema } },
  get: { tags, params, response: detail },
  update: { tags, params, body: caseUpdateSchema, response: detail },
  queue: { tags, querystring: caseQuerySchema, response: { 200: queuePageSchema } },
  export: { tags, querystring: caseFilterSchema },
  alerts: { tags, response: { 200: caseAlertsSchema } },
};

async function listQueue(req: Req<typeof S.queue>) {
  return listCases(dbOf(req), actorOf(req), req.query);
}
async function exportQueue(req: Req<typeof S.export>, reply: FastifyReply) {
  return sendSheet(reply, await casesSheet(dbOf(req), actorOf(req), req.query));
}
async function getAlerts(req: Req<typeof S.alerts>) {
  return caseAlerts(dbOf(req), actorOf(req));
}

async function openOne(req: Req<typeof S.open>, reply: FastifyReply) {
  const [db, actor] = [dbOf(req), actorOf(req)];
  const row = await openCase(db, actor, KIND_HOOKS[req.body.kind], req.body);
  return reply.code(201).send(await presentDetail(db, actor, row));
}
async function getOne(req: Req<typeof S.get>) {
  const [db, actor] = [dbOf(req), actorOf(req)];
  return presentDetail(db, actor, await findCase(db, actor, req.params.id));
}
async function updateOne(req: Req<typeof S.update>) {
  const [db, actor] = [dbOf(req), actorOf(req)];
  return presentDetail(db, actor, await updateCase(db, actor, req.params.id, req.body));
}

/** Each step: its body, and the coarse permission of its route (the case policy decides the rest). */
const STEPS: Record<CaseStep, { body: z.ZodType<StepBody>; permission: Permission }> = {
  submit: { body: stepVersionSchema, permission: 'services.read' },
  accept: { body: stepVersionSchema, permission: 'services.handle' },
  notice: { body: noticeSchema, permission: 'services.handle' },
  answer: { body: stepVersionSchema, permission: 'services.read' },
  extend: { body: extendSchema, permission: 'services.handle' },
  'approve-extension': { body: stepVersionSchema, permission: 'services.approve' },
  assign: { body: assignSchema, permission: 'services.handle' },
  issue: { body: stepVersionSchema, permission: 'services.handle' },
  refuse: { body: reasonSchema, permission: 'services.handle' },
  withdraw: { body: withdrawSchema, permission: 'services.read' },
  close: { body: stepVersionSchema, permission: 'services.handle' },
};

const stepHandler = (name: CaseStep) =>
  async function caseStep(req: Req<{ params: typeof params; body: z.ZodType<StepBody> }>) {
    const [db, actor] = [dbOf(req), actorOf(req)];
    return presentDetail(db, actor, await takeStep(db, actor, req.params.id, name, req.body));
  };

export const caseRoutes: FastifyPluginAsyncZod = async (app) => {
  const read = { permission: 'services.read' as const };
  app.get('/cases', { config: read, schema: S.queue }, listQueue);
  app.get('/cases/export.xlsx', { config: { permission: 'services.export' }, schema: S.export }, exportQueue);
  app.get('/alerts', { config: read, schema: S.alerts }, getAlerts);
  app.post('/cases', { config: read, schema: S.open }, openOne);
  app.get('/cases/:id', { config: read, schema: S.get }, getOne);
  app.patch('/cases/:id', { config: read, schema: S.update }, updateOne);
  for (const [name, s] of Object.entries(STEPS) as Array<[CaseStep, (typeof STEPS)[CaseStep]]>) {
    app.post(`/cases/:id/${name}`, { config: { permission: s.permission }, schema: { tags, params, body: s.body, response: detail } }, stepHandler(name));
  }
  await app.register(settingsRoutes);
};
