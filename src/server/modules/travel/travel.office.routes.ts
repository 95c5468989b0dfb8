/** The office side of travel: rules, annual plans, follow-up and reminders, passport custody. Thin named handlers. */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamSchema } from '@shared/contracts/common';
import {
  followUpSchema,
  myRemindersSchema,
  passportInputSchema,
  passportIssueSchema,
  passportListQuerySchema,
  passportPageSchema,
  passportReturnSchema,
  passportSchema,
  passportUpdateSchema,
  planInputSchema,
  planListQuerySchema,
  planSchema,
  planUpdateSchema,
  reminderSchema,
  remindInputSchema,
  ruleInputSchema,
  ruleSchema,
  ruleUpdateSchema,
} from '@shared/contracts/travel';
import { actorOf } from '@server/platform/http/http';
import { dbOf, type Req } from '@server/platform/http/handlers';
import { acknowledgeReminder as acknowledge, followUp as followUpList, myReminders as remindersOfCaller, sendReminders as send } from './service/followup';
import {
  createPassport as registerPassport,
  issuePassport as issue,
  listPassports as passports,
  presentPassport,
  returnPassport as takeBack,
  updatePassport as editPassport,
} from './service/passports';
import { createPlan as newPlan, findPlan, listPlans as plans, presentPlan, updatePlan as editPlan } from './service/plans';
import { createRule as newRule, listRuleVersions, updateRule as editRule } from './service/rules';

const tags = ['travel'];
const params = idParamSchema;
const S = {
  rules: { tags, response: { 200: z.array(ruleSchema) } },
  createRule: { tags, body: ruleInputSchema, response: { 201: ruleSchema } },
  updateRule: { tags, params, body: ruleUpdateSchema, response: { 200: ruleSchema } },
  plans: { tags, querystring: planListQuerySchema, response: { 200: z.array(planSchema) } },
  createPlan: { tags, body: planInputSchema, response: { 201: planSchema } },
  plan: { tags, params, response: { 200: planSchema } },
  updatePlan: { tags, params, body: planUpdateSchema, response: { 200: planSchema } },
  followUp: { tags, response: { 200: followUpSchema } },
  remind: { tags, body: remindInputSchema, response: { 200: z.object({ sent: z.number() }) } },
  reminders: { tags, response: { 200: myRemindersSchema } },
  ack: { tags, params, response: { 200: reminderSchema } },
  passports: { tags, querystring: passportListQuerySchema, response: { 200: passportPageSchema } },
  createPassport: { tags, body: passportInputSchema, response: { 201: passportSchema } },
  updatePassport: { tags, params, body: passportUpdateSchema, response: { 200: passportSchema } },
  issuePassport: { tags, params, body: passportIssueSchema, response: { 200: passportSchema } },
  returnPassport: { tags, params, body: passportReturnSchema, response: { 200: passportSchema } },
};

async function listRules(req: Req<typeof S.rules>) {
  return listRuleVersions(dbOf(req));
}
async function createRule(req: Req<typeof S.createRule>, reply: FastifyReply) {
  return reply.code(201).send(await newRule(dbOf(req), actorOf(req), req.body));
}
async function updateRule(req: Req<typeof S.updateRule>) {
  return editRule(dbOf(req), actorOf(req), req.params.id, req.body);
}

async function listPlans(req: Req<typeof S.plans>) {
  return plans(dbOf(req), actorOf(req), req.query);
}
async function createPlan(req: Req<typeof S.createPlan>, reply: FastifyReply) {
  const [db, actor] = [dbOf(req), actorOf(req)];
  return reply.code(201).send(await presentPlan(db, actor, await newPlan(db, actor, req.body)));
}
async function getPlan(req: Req<typeof S.plan>) {
  const [db, actor] = [dbOf(req), actorOf(req)];
  return presentPlan(db, actor, await findPlan(db, actor, req.params.id));
}
async function updatePlan(req: Req<typeof S.updatePlan>) {
  const [db, actor] = [dbOf(req), actorOf(req)];
  return presentPlan(db, actor, await editPlan(db, actor, req.params.id, req.body));
}

async function followUp(req: Req<typeof S.followUp>) {
  return followUpList(dbOf(req), actorOf(req));
}
async function sendReminders(req: Req<typeof S.remind>) {
  return send(dbOf(req), actorOf(req), req.body);
}
async function myReminders(req: Req<typeof S.reminders>) {
  return remindersOfCaller(dbOf(req), actorOf(req));
}
async function acknowledgeReminder(req: Req<typeof S.ack>) {
  return acknowledge(dbOf(req), actorOf(req), req.params.id);
}

async function listPassports(req: Req<typeof S.passports>) {
  return passports(dbOf(req), actorOf(req), req.query);
}
async function createPassport(req: Req<typeof S.createPassport>, reply: FastifyReply) {
  const [db, actor] = [dbOf(req), actorOf(req)];
  return reply.code(201).send(await presentPassport(db, actor, await registerPassport(db, actor, req.body)));
}
async function updatePassport(req: Req<typeof S.updatePassport>) {
  const [db, actor] = [dbOf(req), actorOf(req)];
  return presentPassport(db, actor, await editPassport(db, actor, req.params.id, req.body));
}
async function issuePassport(req: Req<typeof S.issuePassport>) {
  const [db, actor] = [dbOf(req), actorOf(req)];
  return presentPassport(db, actor, await issue(db, actor, req.params.id, req.body));
}
async function returnPassport(req: Req<typeof S.returnPassport>) {
  const [db, actor] = [dbOf(req), actorOf(req)];
  return presentPassport(db, actor, await takeBack(db, actor, req.params.id, req.body));
}

export const officeRoutes: FastifyPluginAsyncZod = async (app) => {
  const read = { permission: 'travel.read' as const };
  const apply = { permission: 'travel.apply' as const };
  const review = { permission: 'travel.review' as const };
  const rules = { permission: 'travel.rules' as const };

  app.get('/rules', { config: read, schema: S.rules }, listRules);
  app.post('/rules', { config: rules, schema: S.createRule }, createRule);
  app.put('/rules/:id', { config: rules, schema: S.updateRule }, updateRule);

  app.get('/plans', { config: read, schema: S.plans }, listPlans);
  app.post('/plans', { config: apply, schema: S.createPlan }, createPlan);
  app.get('/plans/:id', { config: read, schema: S.plan }, getPlan);
  app.put('/plans/:id', { config: apply, schema: S.updatePlan }, updatePlan);

  app.get('/follow-up', { config: review, schema: S.followUp }, followUp);
  app.post('/reminders', { config: review, schema: S.remind }, sendReminders);
  app.get('/reminders', { config: read, schema: S.reminders }, myReminders);
  app.post('/reminders/:id/ack', { config: apply, schema: S.ack }, acknowledgeReminder);

  app.get('/passports', { config: read, schema: S.passports }, listPassports);
  app.post('/passports', { config: review, schema: S.createPassport }, createPassport);
  app.put('/passports/:id', { config: review, schema: S.updatePassport }, updatePassport);
  app.post('/passports/:id/issue', { config: review, schema: S.issuePassport }, issuePassport);
  app.post('/passports/:id/return', { config: review, schema: S.returnPassport }, returnPassport);
};
