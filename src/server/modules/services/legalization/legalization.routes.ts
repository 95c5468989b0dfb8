/**
 * The legalization kind under /api/services: the table of states and the fees (kept by services.manage), a case's
 * documents (/legalizations/:id/items, :id being the case), the register and its download, and the public check
 * of an issued number, which needs no sign-in and is rate-limited.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamSchema } from '@shared/contracts/common';
import {
  caseItemParamSchema,
  iso3ParamSchema,
  legalizationFeeSchema,
  legalizationFeeSummarySchema,
  legalizationFeeUpdateSchema,
  legalizationItemArchiveSchema,
  legalizationItemInputSchema,
  legalizationItemsSchema,
  legalizationItemUpdateSchema,
  legalizationStateSchema,
  legalizationStateUpdateSchema,
  publicApostilleSchema,
  registerEntrySchema,
  registerNumberParamSchema,
  registerQuerySchema,
} from '@shared/contracts/services-legalization';
import { sendSheet } from '@server/platform/files/excel';
import { actorOf } from '@server/platform/http/http';
import { dbOf, type Req } from '@server/platform/http/handlers';
import { requestLocale } from '@server/platform/i18n/i18n';
import { clientNetwork } from '@server/platform/auth/login-guard';
import * as svc from './legalization.service';
import { presentRegisterEntry } from './legalization.presenter';
import { registerSheet } from './legalization.exports';

const tags = ['services'];
const itemsOut = { 200: legalizationItemsSchema };
const S = {
  states: { tags, response: { 200: z.array(legalizationStateSchema) } },
  saveState: { tags, params: iso3ParamSchema, body: legalizationStateUpdateSchema, response: { 200: legalizationStateSchema } },
  fees: { tags, response: { 200: z.array(legalizationFeeSchema) } },
  saveFees: { tags, body: legalizationFeeUpdateSchema, response: { 200: z.array(legalizationFeeSchema) } },
  items: { tags, params: idParamSchema, response: itemsOut },
  addItem: { tags, params: idParamSchema, body: legalizationItemInputSchema, response: { 201: legalizationItemsSchema } },
  updateItem: { tags, params: caseItemParamSchema, body: legalizationItemUpdateSchema, response: itemsOut },
  archiveItem: { tags, params: caseItemParamSchema, body: legalizationItemArchiveSchema, response: itemsOut },
  feeSummary: { tags, params: idParamSchema, response: { 200: legalizationFeeSummarySchema } },
  register: { tags, querystring: registerQuerySchema, response: { 200: z.array(registerEntrySchema) } },
  registerExport: { tags, querystring: registerQuerySchema },
  publicCheck: { tags, params: registerNumberParamSchema, response: { 200: publicApostilleSchema } },
};

async function listStates(req: Req<typeof S.states>) {
  return svc.listStates(dbOf(req));
}
async function saveState(req: Req<typeof S.saveState>) {
  return svc.saveState(dbOf(req), actorOf(req), req.params.iso3, req.body);
}
async function listFees(req: Req<typeof S.fees>) {
  return svc.listFees(dbOf(req));
}
async function saveFees(req: Req<typeof S.saveFees>) {
  return svc.saveFees(dbOf(req), actorOf(req), req.body.fees);
}
async function listItems(req: Req<typeof S.items>) {
  return svc.caseItems(dbOf(req), actorOf(req), req.params.id);
}
async function addItem(req: Req<typeof S.addItem>, reply: FastifyReply) {
  return reply.code(201).send(await svc.addItem(dbOf(req), actorOf(req), req.params.id, req.body));
}
async function updateItem(req: Req<typeof S.updateItem>) {
  return svc.updateItem(dbOf(req), actorOf(req), req.params.id, req.params.itemId, req.body);
}
async function archiveItem(req: Req<typeof S.archiveItem>) {
  return svc.archiveItem(dbOf(req), actorOf(req), req.params.id, req.params.itemId, req.body.version, req.body.reason);
}
async function feeSummary(req: Req<typeof S.feeSummary>) {
  return svc.feeSummary(dbOf(req), actorOf(req), req.params.id);
}
async function listRegister(req: Req<typeof S.register>) {
  const actor = actorOf(req);
  return (await svc.listRegister(dbOf(req), actor, req.query)).map((r) => presentRegisterEntry(r, actor.locale));
}
async function exportRegister(req: Req<typeof S.registerExport>, reply: FastifyReply) {
  return sendSheet(reply, await registerSheet(dbOf(req), actorOf(req), req.query));
}
async function checkNumber(req: Req<typeof S.publicCheck>) {
  return svc.publicApostille(dbOf(req), req.params.number, requestLocale(req));
}

/** The public check answers anyone, so it is held to a per-network rate, counted in PostgreSQL like the sign-in's. */
const publicRateLimit = { max: 60, timeWindow: '1 minute', groupId: 'public-apostille-check', keyGenerator: (req: FastifyRequest) => clientNetwork(req.ip) };

export const legalizationRoutes: FastifyPluginAsyncZod = async (app) => {
  const read = { permission: 'services.read' as const };
  const manage = { permission: 'services.manage' as const };

  app.get('/legalization/states', { config: read, schema: S.states }, listStates);
  app.put('/legalization/states/:iso3', { config: manage, schema: S.saveState }, saveState);
  app.get('/legalization/fees', { config: read, schema: S.fees }, listFees);
  app.put('/legalization/fees', { config: manage, schema: S.saveFees }, saveFees);
  app.get('/legalization/register', { config: read, schema: S.register }, listRegister);
  app.get('/legalization/register/export.xlsx', { config: read, schema: S.registerExport }, exportRegister);
  app.get('/legalizations/:id/items', { config: read, schema: S.items }, listItems);
  app.post('/legalizations/:id/items', { config: read, schema: S.addItem }, addItem);
  app.patch('/legalizations/:id/items/:itemId', { config: read, schema: S.updateItem }, updateItem);
  app.post('/legalizations/:id/items/:itemId/archive', { config: read, schema: S.archiveItem }, archiveItem);
  app.get('/legalizations/:id/fees', { config: read, schema: S.feeSummary }, feeSummary);
  app.get('/public/apostilles/:number', { config: { public: true, rateLimit: publicRateLimit }, schema: S.publicCheck }, checkNumber);
};
