/** The case machinery's routes: open a case, read it, edit its draft, and its steps. Thin named handlers. */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { idParamSchema } from '@shared/contracts/common';
import {
  assignSchema,
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
import { presentDetail } from './cases.presenter';
import { findCase, openCase } from './cases.service';
import { takeStep, updateCase, type StepBody } from './cases.workflow';

const tags = ['services'];
const params = idParamSchema;
const detail = { 200: caseDetailSchema };
const S = {
  open: { tags, body: openCaseInputSchema, response: { 201: caseDetailSchema } },
  get: { tags, params, response: detail },
  update: { tags, params, body: caseUpdateSchema, response: detail },
};

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
  app.post('/cases', { config: read, schema: S.open }, openOne);
  app.get('/cases/:id', { config: read, schema: S.get }, getOne);
  app.patch('/cases/:id', { config: read, schema: S.update }, updateOne);
  for (const [name, s] of Object.entries(STEPS) as Array<[CaseStep, (typeof STEPS)[CaseStep]]>) {
    app.post(`/cases/:id/${name}`, { config: { permission: s.permission }, schema: { tags, params, body: s.body, response: detail } }, stepHandler(name));
  }
};
