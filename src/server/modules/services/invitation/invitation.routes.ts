/**
 * The invitation letter under /api/services/invitations: the letter's facts and invitees of a case, the MRZ reader,
 * the issued letter's download, the close-out and the close-out list. Each handler is named and thin.
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  caseIdParamSchema,
  closeOutInputSchema,
  closeOutPageSchema,
  closeOutQuerySchema,
  invitationFactsInputSchema,
  invitationSchema,
  inviteeInputSchema,
  inviteeMrzSchema,
  inviteeParamSchema,
  inviteeRemoveSchema,
  inviteeSchema,
  inviteeUpdateSchema,
  mrzReadingSchema,
} from '@shared/contracts/services-invitation';
import { clock } from '@server/clock';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { DOCX_TYPE } from '@server/platform/files/docx';
import { downloadHeaders } from '@server/platform/files/download';
import { contextOf as ctx, type Reply, type Req } from '@server/platform/http/handlers';
import { presentCloseOut, presentInvitation, presentInvitee } from './invitation.presenter';
import {
  addInvitee,
  closeOut,
  closeOutPage,
  getInvitation,
  letterFile,
  readInviteeMrz,
  removeInvitee,
  saveFacts,
  updateInvitee,
  type LetterView,
} from './invitation.service';

const tags = ['services'];
const read = { permission: 'services.read' as const };

const present = (actor: Actor, v: LetterView) => presentInvitation(actor, v.c, v.letter, v.invitees, clock.today());
const viewOf = async (db: Db, actor: Actor, caseId: number) => present(actor, await getInvitation(db, actor, caseId));

const one = { tags, params: caseIdParamSchema, response: { 200: invitationSchema } };
async function showInvitation(req: Req<typeof one>) {
  const { db, actor } = ctx(req);
  return viewOf(db, actor, req.params.caseId);
}
const facts = { ...one, body: invitationFactsInputSchema };
async function putInvitation(req: Req<typeof facts>) {
  const { db, actor } = ctx(req);
  return present(actor, await saveFacts(db, actor, req.params.caseId, req.body));
}

const inviteeCreate = { tags, params: caseIdParamSchema, body: inviteeInputSchema, response: { 201: inviteeSchema } };
async function postInvitee(req: Req<typeof inviteeCreate>, reply: Reply<typeof inviteeCreate>) {
  const { db, actor } = ctx(req);
  return reply.code(201).send(presentInvitee(await addInvitee(db, actor, req.params.caseId, req.body), actor));
}
const inviteeUpdate = { tags, params: inviteeParamSchema, body: inviteeUpdateSchema, response: { 200: inviteeSchema } };
async function putInvitee(req: Req<typeof inviteeUpdate>) {
  const { db, actor } = ctx(req);
  return presentInvitee(await updateInvitee(db, actor, req.params.caseId, req.params.inviteeId, req.body), actor);
}
const inviteeRemove = { tags, params: inviteeParamSchema, body: inviteeRemoveSchema, response: { 200: inviteeSchema } };
async function postInviteeRemove(req: Req<typeof inviteeRemove>) {
  const { db, actor } = ctx(req);
  return presentInvitee(await removeInvitee(db, actor, req.params.caseId, req.params.inviteeId, req.body), actor);
}
const mrz = { tags, params: caseIdParamSchema, body: inviteeMrzSchema, response: { 200: mrzReadingSchema } };
async function postInviteeMrz(req: Req<typeof mrz>) {
  const { db, actor } = ctx(req);
  const out = await readInviteeMrz(db, actor, req.params.caseId, req.body);
  return { ...out, invitee: out.invitee ? presentInvitee(out.invitee, actor) : null };
}

const letter = { tags, params: caseIdParamSchema, querystring: z.object({ lang: z.enum(['zh-CN', 'en-US', 'bilingual']).default('zh-CN') }) };
async function downloadLetter(req: Req<typeof letter>, reply: FastifyReply) {
  const { db, actor } = ctx(req);
  const file = await letterFile(db, actor, req.params.caseId, req.query.lang);
  return reply.headers(downloadHeaders(file.name, DOCX_TYPE)).send(file.content);
}

const closing = { ...one, body: closeOutInputSchema };
async function postCloseOut(req: Req<typeof closing>) {
  const { db, actor } = ctx(req);
  return present(actor, await closeOut(db, actor, req.params.caseId, req.body));
}
const closeOuts = { tags, querystring: closeOutQuerySchema, response: { 200: closeOutPageSchema } };
async function listCloseOuts(req: Req<typeof closeOuts>) {
  const { db, actor } = ctx(req);
  const { rows, total } = await closeOutPage(db, actor, req.query);
  const today = clock.today();
  return { items: rows.map((r) => presentCloseOut(r, today)), total, page: req.query.page, pageSize: req.query.pageSize };
}

export const invitationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/invitations/close-outs', { config: read, schema: closeOuts }, listCloseOuts);
  app.get('/invitations/:caseId', { config: read, schema: one }, showInvitation);
  app.put('/invitations/:caseId', { config: read, schema: facts }, putInvitation);
  app.post('/invitations/:caseId/invitees', { config: read, schema: inviteeCreate }, postInvitee);
  app.post('/invitations/:caseId/invitees/mrz', { config: read, schema: mrz }, postInviteeMrz);
  app.put('/invitations/:caseId/invitees/:inviteeId', { config: read, schema: inviteeUpdate }, putInvitee);
  app.post('/invitations/:caseId/invitees/:inviteeId/archive', { config: read, schema: inviteeRemove }, postInviteeRemove);
  app.get('/invitations/:caseId/letter.docx', { config: read, schema: letter }, downloadLetter);
  app.post('/invitations/:caseId/close-out', { config: read, schema: closing }, postCloseOut);
};
