import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamSchema } from '../../../shared/contracts/common';
import {
  followUpSchema, myRemindersSchema, passportInputSchema, passportIssueSchema, passportListQuerySchema, passportPageSchema, passportReturnSchema,
  passportSchema, passportUpdateSchema, planInputSchema, planListQuerySchema, planSchema, planUpdateSchema, reminderSchema, remindInputSchema,
  ruleInputSchema, ruleSchema, ruleUpdateSchema,
} from '../../../shared/contracts/travel';
import { actorOf } from '../../platform/http/http';
import type { Actor } from '../../platform/access/actor';
import { acknowledgeReminder, followUp, myReminders, sendReminders } from './travel.followup';
import { createPassport, issuePassport, listPassports, presentPassports, returnPassport, updatePassport } from './travel.passports';
import { createPlan, findPlan, listPlans, presentPlans, updatePlan } from './travel.plans';
import { createRule, loadRules, presentRules, updateRule } from './travel.ruleset';

/** The office side of travel: rules, annual plans, follow-up and reminders, passport custody. */
export const officeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const tags = ['travel'];
  const read = { permission: 'travel.read' as const };
  const review = { permission: 'travel.review' as const };
  const rules = { permission: 'travel.rules' as const };
  const params = idParamSchema;

  app.get('/rules', { config: read, schema: { tags, response: { 200: z.array(ruleSchema) } } }, async () => presentRules(await loadRules(db)));
  app.post('/rules', { config: rules, schema: { tags, body: ruleInputSchema, response: { 201: ruleSchema } } }, async (req, reply) => {
    await createRule(db, actorOf(req), req.body);
    const all = presentRules(await loadRules(db));
    return reply.code(201).send(all.find((r) => r.kind === req.body.kind && r.effectiveFrom === req.body.effectiveFrom)!);
  });
  app.put('/rules/:id', { config: rules, schema: { tags, params, body: ruleUpdateSchema, response: { 200: ruleSchema } } }, async (req) => {
    const saved = await updateRule(db, actorOf(req), req.params.id, req.body);
    return presentRules(await loadRules(db)).find((r) => r.id === saved.id)!;
  });

  const plan = async (actor: Actor, row: Awaited<ReturnType<typeof findPlan>>) => (await presentPlans(db, actor, [row]))[0];
  app.get('/plans', { config: read, schema: { tags, querystring: planListQuerySchema, response: { 200: z.array(planSchema) } } }, async (req) => listPlans(db, actorOf(req), req.query));
  app.post('/plans', { config: { permission: 'travel.apply' }, schema: { tags, body: planInputSchema, response: { 201: planSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    return reply.code(201).send(await plan(actor, await createPlan(db, actor, req.body)));
  });
  app.get('/plans/:id', { config: read, schema: { tags, params, response: { 200: planSchema } } }, async (req) => {
    const actor = actorOf(req);
    return plan(actor, await findPlan(db, actor, req.params.id));
  });
  app.put('/plans/:id', { config: { permission: 'travel.apply' }, schema: { tags, params, body: planUpdateSchema, response: { 200: planSchema } } }, async (req) => {
    const actor = actorOf(req);
    return plan(actor, await updatePlan(db, actor, req.params.id, req.body));
  });

  app.get('/follow-up', { config: review, schema: { tags, response: { 200: followUpSchema } } }, async (req) => followUp(db, actorOf(req)));
  app.post('/reminders', { config: review, schema: { tags, body: remindInputSchema, response: { 200: z.object({ sent: z.number() }) } } },
    async (req) => sendReminders(db, actorOf(req), req.body));
  app.get('/reminders', { config: read, schema: { tags, response: { 200: myRemindersSchema } } }, async (req) => myReminders(db, actorOf(req)));
  app.post('/reminders/:id/ack', { config: { permission: 'travel.apply' }, schema: { tags, params, response: { 200: reminderSchema } } },
    async (req) => acknowledgeReminder(db, actorOf(req), req.params.id));

  const passport = async (actor: Actor, row: Parameters<typeof presentPassports>[2][number]) => (await presentPassports(db, actor, [row]))[0];
  app.get('/passports', { config: read, schema: { tags, querystring: passportListQuerySchema, response: { 200: passportPageSchema } } },
    async (req) => listPassports(db, actorOf(req), req.query));
  app.post('/passports', { config: review, schema: { tags, body: passportInputSchema, response: { 201: passportSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    return reply.code(201).send(await passport(actor, await createPassport(db, actor, req.body)));
  });
  app.put('/passports/:id', { config: review, schema: { tags, params, body: passportUpdateSchema, response: { 200: passportSchema } } }, async (req) => {
    const actor = actorOf(req);
    return passport(actor, await updatePassport(db, actor, req.params.id, req.body));
  });
  app.post('/passports/:id/issue', { config: review, schema: { tags, params, body: passportIssueSchema, response: { 200: passportSchema } } }, async (req) => {
    const actor = actorOf(req);
    return passport(actor, await issuePassport(db, actor, req.params.id, req.body));
  });
  app.post('/passports/:id/return', { config: review, schema: { tags, params, body: passportReturnSchema, response: { 200: passportSchema } } }, async (req) => {
    const actor = actorOf(req);
    return passport(actor, await returnPassport(db, actor, req.params.id, req.body));
  });
};
