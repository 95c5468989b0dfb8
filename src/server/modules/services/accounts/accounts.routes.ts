/**
 * Unit accounts under /api/services/accounts. Public (no sign-in, limited per client network like the sign-in):
 * the districts' names, the registration form, its status by token and its two files by token. The office's:
 * the review list, approve and reject. Handlers are named and thin.
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamSchema } from '@shared/contracts/common';
import {
  approveSchema,
  publicDistrictSchema,
  registrationInputSchema,
  registrationListQuerySchema,
  registrationReceiptSchema,
  registrationSchema,
  registrationStatusSchema,
  registrationTokenParamsSchema,
  registrationUploadParamsSchema,
  rejectSchema,
} from '@shared/contracts/services-accounts';
import { clientNetwork } from '@server/platform/auth/login-guard';
import { contextOf as ctx, dbOf, type Reply, type Req } from '@server/platform/http/handlers';
import { requestLocale } from '@server/platform/i18n/i18n';
import { receiveRegistrationFile } from './accounts.files';
import { presentRegistrations } from './accounts.presenter';
import {
  approveRegistration,
  listRegistrations,
  publicDistricts,
  registerUnit,
  registrationStatus,
  rejectRegistration,
  uploadRegistrationFile,
} from './accounts.service';

const tags = ['services'];
const manage = { permission: 'services.manage' as const };
/** Each public form counts on its own, per client network per minute (the sign-in's limit). */
const publicLimit = (groupId: string) => ({
  public: true,
  rateLimit: {
    max: (req: FastifyRequest) => req.server.publicRateLimit,
    timeWindow: '1 minute',
    groupId,
    keyGenerator: (req: FastifyRequest) => clientNetwork(req.ip),
  },
});
/** The public's requests are recorded under the address they came from; they have no user. */
const anonymous = (req: FastifyRequest) => ({ userId: null, username: null, ip: req.ip });

const districts = { tags, response: { 200: z.array(publicDistrictSchema) } };
async function listPublicDistricts(req: Req<typeof districts>) {
  return publicDistricts(dbOf(req));
}
const register = { tags, body: registrationInputSchema, response: { 201: registrationReceiptSchema } };
async function postRegistration(req: Req<typeof register>, reply: Reply<typeof register>) {
  return reply.code(201).send(await registerUnit(dbOf(req), anonymous(req), req.body));
}
const status = { tags, params: registrationTokenParamsSchema, response: { 200: registrationStatusSchema } };
async function showStatus(req: Req<typeof status>) {
  return registrationStatus(dbOf(req), req.params.token, requestLocale(req));
}
const upload = { tags, params: registrationUploadParamsSchema, response: { 200: registrationStatusSchema } };
async function postFile(req: Req<typeof upload>) {
  return uploadRegistrationFile(dbOf(req), anonymous(req), req.params.token, req.params.kind, () => receiveRegistrationFile(req), requestLocale(req));
}

const list = { tags, querystring: registrationListQuerySchema, response: { 200: z.array(registrationSchema) } };
async function listForReview(req: Req<typeof list>) {
  const { db, actor } = ctx(req);
  return presentRegistrations(db, actor, await listRegistrations(db, actor, req.query.state));
}
const approve = { tags, params: idParamSchema, body: approveSchema, response: { 200: registrationSchema } };
async function postApprove(req: Req<typeof approve>) {
  const { db, actor } = ctx(req);
  return (await presentRegistrations(db, actor, [await approveRegistration(db, actor, req.params.id, req.body)]))[0];
}
const reject = { tags, params: idParamSchema, body: rejectSchema, response: { 200: registrationSchema } };
async function postReject(req: Req<typeof reject>) {
  const { db, actor } = ctx(req);
  return (await presentRegistrations(db, actor, [await rejectRegistration(db, actor, req.params.id, req.body)]))[0];
}

export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/accounts/districts', { config: publicLimit('public-districts'), schema: districts }, listPublicDistricts);
  app.post('/accounts/registrations', { config: publicLimit('unit-registration'), schema: register }, postRegistration);
  app.get('/accounts/registrations/status/:token', { config: publicLimit('registration-status'), schema: status }, showStatus);
  app.post('/accounts/registrations/status/:token/files/:kind', { config: publicLimit('registration-files'), schema: upload }, postFile);

  app.get('/accounts/registrations', { config: manage, schema: list }, listForReview);
  app.post('/accounts/registrations/:id/approve', { config: manage, schema: approve }, postApprove);
  app.post('/accounts/registrations/:id/reject', { config: manage, schema: reject }, postReject);
};
