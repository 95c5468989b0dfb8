/**
 * The APEC card's API under /api/services/apec: the city's conditions, the enterprises' filings, a case's
 * applicants, the Ministry's decision, the economies, the cards and their register. Named thin handlers.
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { archiveSchema } from '@shared/contracts/residents';
import {
  apecCaseSchema,
  applicantInputSchema,
  applicantParamSchema,
  applicantUpdateSchema,
  cardCancelSchema,
  cardInputSchema,
  cardPageSchema,
  cardParamSchema,
  cardListQuerySchema,
  cardReplaceSchema,
  cardSchema,
  caseParamSchema,
  conditionsSchema,
  conditionsUpdateSchema,
  custodyInputSchema,
  economiesInputSchema,
  filingUpdateSchema,
  filingViewSchema,
  ministryInputSchema,
  unitParamSchema,
} from '@shared/contracts/services-apec';
import { unitName } from '@shared/labels/platform';
import { attachmentSchema, type AttachmentOwners } from '@server/platform/files/attachments';
import { sendSheet } from '@server/platform/files/excel';
import { contextOf as ctx, type Reply, type Req } from '@server/platform/http/handlers';
import { cancelCard, cardPage, getCard, issueCard, moveCustody, reissueCard, replaceCard } from './apec.cards.service';
import { cardSheet } from './apec.exports';
import { presentCards, presentCase, presentFiling, presentFilings } from './apec.presenter';
import * as svc from './apec.service';

const tags = ['services'];
const read = { permission: 'services.read' as const };
const handle = { permission: 'services.handle' as const };
const manage = { permission: 'services.manage' as const };
const exportable = { permission: 'services.export' as const };
const caseOut = { 200: apecCaseSchema };

// The city's conditions
const conditionsRead = { tags, response: { 200: conditionsSchema } };
async function showConditions(req: Req<typeof conditionsRead>) {
  const { db, actor } = ctx(req);
  return svc.getConditions(db, actor);
}
const conditionsSave = { ...conditionsRead, body: conditionsUpdateSchema };
async function putConditions(req: Req<typeof conditionsSave>) {
  const { db, actor } = ctx(req);
  return svc.saveConditions(db, actor, req.body);
}

// Filings
const filingList = { tags, response: { 200: z.array(filingViewSchema) } };
async function listFilings(req: Req<typeof filingList>) {
  const { db, actor } = ctx(req);
  return presentFilings(db, actor, await svc.filingsInScope(db, actor));
}
const filingOne = { tags, params: unitParamSchema, response: { 200: filingViewSchema } };
async function showFiling(req: Req<typeof filingOne>) {
  const { db, actor } = ctx(req);
  const { unit, filing } = await svc.getFiling(db, actor, req.params.unitId);
  return presentFiling(db, actor, { id: unit.id, name: unitName(unit, actor.locale) }, filing);
}
const filingSave = { ...filingOne, body: filingUpdateSchema };
async function putFiling(req: Req<typeof filingSave>) {
  const { db, actor } = ctx(req);
  const { unit, filing } = await svc.saveFiling(db, actor, req.params.unitId, req.body);
  return presentFiling(db, actor, { id: unit.id, name: unitName(unit, actor.locale) }, filing);
}

// A case's facts
async function caseView(req: Req<{ params: typeof caseParamSchema }>) {
  const { db, actor } = ctx(req);
  return presentCase(db, actor, await svc.apecCase(db, actor, req.params.caseId));
}
const caseOne = { tags, params: caseParamSchema, response: caseOut };
async function showCase(req: Req<typeof caseOne>) {
  return caseView(req);
}
const applicantCreate = { tags, params: caseParamSchema, body: applicantInputSchema, response: { 201: apecCaseSchema } };
async function postApplicant(req: Req<typeof applicantCreate>, reply: Reply<typeof applicantCreate>) {
  const { db, actor } = ctx(req);
  await svc.addApplicant(db, actor, req.params.caseId, req.body);
  return reply.code(201).send(await caseView(req));
}
const applicantUpdate = { tags, params: applicantParamSchema, body: applicantUpdateSchema, response: caseOut };
async function putApplicant(req: Req<typeof applicantUpdate>) {
  const { db, actor } = ctx(req);
  await svc.updateApplicant(db, actor, req.params.caseId, req.params.applicantId, req.body);
  return caseView(req);
}
const applicantArchive = { tags, params: applicantParamSchema, body: archiveSchema, response: caseOut };
async function postApplicantArchive(req: Req<typeof applicantArchive>) {
  const { db, actor } = ctx(req);
  await svc.archiveApplicant(db, actor, req.params.caseId, req.params.applicantId, req.body);
  return caseView(req);
}
const photo = { tags, params: applicantParamSchema, consumes: ['multipart/form-data'], response: { 201: attachmentSchema } };
async function postPhoto(req: Req<typeof photo>, reply: Reply<typeof photo>) {
  const { db, actor } = ctx(req);
  return reply.code(201).send(await svc.attachPhoto(db, actor, req.params.caseId, req.params.applicantId, req));
}
const ministry = { tags, params: applicantParamSchema, body: ministryInputSchema, response: caseOut };
async function postMinistry(req: Req<typeof ministry>) {
  const { db, actor } = ctx(req);
  await svc.recordMinistry(db, actor, req.params.caseId, req.params.applicantId, req.body);
  return caseView(req);
}
const economies = { tags, params: applicantParamSchema, body: economiesInputSchema, response: caseOut };
async function putEconomies(req: Req<typeof economies>) {
  const { db, actor } = ctx(req);
  await svc.saveEconomies(db, actor, req.params.caseId, req.params.applicantId, req.body);
  return caseView(req);
}
const cardCreate = { tags, params: applicantParamSchema, body: cardInputSchema, response: { 201: apecCaseSchema } };
async function postCard(req: Req<typeof cardCreate>, reply: Reply<typeof cardCreate>) {
  const { db, actor } = ctx(req);
  await issueCard(db, actor, req.params.caseId, req.params.applicantId, req.body);
  return reply.code(201).send(await caseView(req));
}

// Cards and their register
const cardList = { tags, querystring: cardListQuerySchema, response: { 200: cardPageSchema } };
async function listCards(req: Req<typeof cardList>) {
  const { db, actor } = ctx(req);
  const { rows, total } = await cardPage(db, actor, req.query);
  return { items: await presentCards(db, actor, rows), total, page: req.query.page, pageSize: req.query.pageSize };
}
const cardExport = { tags, querystring: cardListQuerySchema.omit({ page: true, pageSize: true }) };
async function exportCards(req: Req<typeof cardExport>, reply: FastifyReply) {
  const { db, actor } = ctx(req);
  return sendSheet(reply, await cardSheet(db, actor, req.query));
}
const cardOne = { tags, params: cardParamSchema, response: { 200: cardSchema } };
async function cardView(req: Req<{ params: typeof cardParamSchema }>, cardId = req.params.cardId) {
  const { db, actor } = ctx(req);
  const [card] = await presentCards(db, actor, [await getCard(db, actor, cardId)]);
  return card!;
}
async function showCard(req: Req<typeof cardOne>) {
  return cardView(req);
}
const cardCancel = { ...cardOne, body: cardCancelSchema };
async function postCardCancel(req: Req<typeof cardCancel>) {
  const { db, actor } = ctx(req);
  await cancelCard(db, actor, req.params.cardId, req.body);
  return cardView(req);
}
const cardReplace = { tags, params: cardParamSchema, body: cardReplaceSchema, response: { 201: cardSchema } };
async function postCardReplace(req: Req<typeof cardReplace>, reply: Reply<typeof cardReplace>) {
  const { db, actor } = ctx(req);
  const next = await replaceCard(db, actor, req.params.cardId, req.body);
  return reply.code(201).send(await cardView(req, next.id));
}
const cardReissue = { tags, params: cardParamSchema, body: cardInputSchema, response: { 201: cardSchema } };
async function postCardReissue(req: Req<typeof cardReissue>, reply: Reply<typeof cardReissue>) {
  const { db, actor } = ctx(req);
  const next = await reissueCard(db, actor, req.params.cardId, req.body);
  return reply.code(201).send(await cardView(req, next.id));
}
const custody = { ...cardOne, body: custodyInputSchema };
async function postCustody(req: Req<typeof custody>) {
  const { db, actor } = ctx(req);
  await moveCustody(db, actor, req.params.cardId, req.body);
  return cardView(req);
}

/** Who may download an applicant's photo: whoever may read the applicant's case as it is now. */
export const apecAttachmentOwners: AttachmentOwners = { [svc.APPLICANT_ENTITY]: { permission: 'services.read', find: svc.applicantForDownload } };

export const apecRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/apec/conditions', { config: manage, schema: conditionsRead }, showConditions);
  app.put('/apec/conditions', { config: manage, schema: conditionsSave }, putConditions);
  app.get('/apec/filings', { config: read, schema: filingList }, listFilings);
  app.get('/apec/filings/:unitId', { config: read, schema: filingOne }, showFiling);
  app.put('/apec/filings/:unitId', { config: read, schema: filingSave }, putFiling);
  app.get('/apec/cards', { config: read, schema: cardList }, listCards);
  app.get('/apec/cards/export.xlsx', { config: exportable, schema: cardExport }, exportCards);
  app.get('/apec/cards/:cardId', { config: read, schema: cardOne }, showCard);
  app.post('/apec/cards/:cardId/cancel', { config: handle, schema: cardCancel }, postCardCancel);
  app.post('/apec/cards/:cardId/replace', { config: handle, schema: cardReplace }, postCardReplace);
  app.post('/apec/cards/:cardId/reissue', { config: handle, schema: cardReissue }, postCardReissue);
  app.post('/apec/cards/:cardId/custody', { config: handle, schema: custody }, postCustody);
  app.get('/apec/:caseId', { config: read, schema: caseOne }, showCase);
  app.post('/apec/:caseId/applicants', { config: read, schema: applicantCreate }, postApplicant);
  app.put('/apec/:caseId/applicants/:applicantId', { config: read, schema: applicantUpdate }, putApplicant);
  app.post('/apec/:caseId/applicants/:applicantId/archive', { config: read, schema: applicantArchive }, postApplicantArchive);
  app.post('/apec/:caseId/applicants/:applicantId/photo', { config: read, schema: photo }, postPhoto);
  app.post('/apec/:caseId/applicants/:applicantId/ministry', { config: handle, schema: ministry }, postMinistry);
  app.put('/apec/:caseId/applicants/:applicantId/economies', { config: handle, schema: economies }, putEconomies);
  app.post('/apec/:caseId/applicants/:applicantId/card', { config: handle, schema: cardCreate }, postCard);
};
