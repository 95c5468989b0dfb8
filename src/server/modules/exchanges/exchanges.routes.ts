/**
 * The exchanges API under /api/exchanges: visits, events and friendship cities. Each handler is named and
 * thin: the zod-validated input, one service call, the presenter. Rules live in the services and the policy.
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamSchema, versionSchema } from '@shared/contracts/common';
import {
  anniversaryQuerySchema,
  anniversarySchema,
  cityInputSchema,
  cityListQuerySchema,
  cityPageSchema,
  citySchema,
  cityStatsSchema,
  cityUpdateSchema,
  eventInputSchema,
  eventListQuerySchema,
  eventPageSchema,
  eventSchema,
  eventUpdateSchema,
  exchangeInputSchema,
  historyItemSchema,
  periodQuerySchema,
  settingsUpdateSchema,
  visitInputSchema,
  visitListQuerySchema,
  visitPageSchema,
  visitSchema,
  visitStatsSchema,
  visitUpdateSchema,
} from '@shared/contracts/exchanges';
import { jobSchema } from '@shared/contracts/jobs';
import { archiveSchema } from '@shared/contracts/residents';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { attachmentSchema, listAttachments, saveAttachment, type AttachmentOwners } from '@server/platform/files/attachments';
import { sendSheet } from '@server/platform/files/excel';
import { receiveXlsxUpload } from '@server/platform/files/uploads';
import { contextOf as ctx, type Reply, type Req } from '@server/platform/http/handlers';
import { startImport } from '@server/platform/jobs/jobs';
import { addExchange, archiveCity, cityForUpload, cityHistory, cityPage, createCity, getCity, restoreCity, updateCity } from './cities.service';
import { archiveEvent, createEvent, eventForUpload, eventPage, getEvent, restoreEvent, updateEvent } from './events.service';
import { cityImportHandler } from './exchanges.excel';
import { citySheet, eventSheet, visitSheet } from './exchanges.exports';
import { presentCities, presentEvents, presentOne, presentPage, presentVisits } from './exchanges.presenter';
import { getSettings, saveSettings } from './exchanges.settings';
import { anniversaries, cityStats, visitStats } from './exchanges.stats';
import { archiveVisit, createVisit, getVisit, restoreVisit, updateVisit, upcomingVisits, visitForUpload, visitPage } from './visits.service';

const tags = ['exchanges'];
const read = { permission: 'exchanges.read' as const };
const write = { permission: 'exchanges.write' as const };
const exportable = { permission: 'exchanges.export' as const };
const byId = { tags, params: idParamSchema };
const noPaging = { page: true, pageSize: true } as const;

// Visits
const visitList = { tags, querystring: visitListQuerySchema, response: { 200: visitPageSchema } };
async function listVisits(req: Req<typeof visitList>) {
  const { db, actor } = ctx(req);
  return presentPage(presentVisits, db, actor, await visitPage(db, actor, req.query), req.query);
}
const upcoming = { tags, querystring: z.object({ days: z.coerce.number().int().min(1).max(366).default(60) }), response: { 200: z.array(visitSchema) } };
async function listUpcomingVisits(req: Req<typeof upcoming>) {
  const { db, actor } = ctx(req);
  return presentVisits(db, actor, await upcomingVisits(db, actor, req.query.days));
}
const visitFigures = { tags, querystring: periodQuerySchema, response: { 200: visitStatsSchema } };
async function getVisitStats(req: Req<typeof visitFigures>) {
  const { db, actor } = ctx(req);
  return visitStats(db, actor, req.query.from, req.query.to);
}
const visitExport = { tags, querystring: visitListQuerySchema.omit(noPaging) };
async function exportVisits(req: Req<typeof visitExport>, reply: FastifyReply) {
  const { db, actor } = ctx(req);
  return sendSheet(reply, await visitSheet(db, actor, req.query));
}
const visitCreate = { tags, body: visitInputSchema, response: { 201: visitSchema } };
async function postVisit(req: Req<typeof visitCreate>, reply: Reply<typeof visitCreate>) {
  const { db, actor } = ctx(req);
  return reply.code(201).send(await presentOne(presentVisits, db, actor, await createVisit(db, actor, req.body)));
}
const visitOne = { ...byId, response: { 200: visitSchema } };
async function showVisit(req: Req<typeof visitOne>) {
  const { db, actor } = ctx(req);
  return presentOne(presentVisits, db, actor, await getVisit(db, actor, req.params.id));
}
const visitUpdate = { ...visitOne, body: visitUpdateSchema };
async function putVisit(req: Req<typeof visitUpdate>) {
  const { db, actor } = ctx(req);
  return presentOne(presentVisits, db, actor, await updateVisit(db, actor, req.params.id, req.body));
}
const visitArchive = { ...visitOne, body: archiveSchema };
async function postVisitArchive(req: Req<typeof visitArchive>) {
  const { db, actor } = ctx(req);
  return presentOne(presentVisits, db, actor, await archiveVisit(db, actor, req.params.id, req.body));
}
const visitRestore = { ...visitOne, body: versionSchema };
async function postVisitRestore(req: Req<typeof visitRestore>) {
  const { db, actor } = ctx(req);
  return presentOne(presentVisits, db, actor, await restoreVisit(db, actor, req.params.id, req.body));
}

// Events
const eventList = { tags, querystring: eventListQuerySchema, response: { 200: eventPageSchema } };
async function listEvents(req: Req<typeof eventList>) {
  const { db, actor } = ctx(req);
  return presentPage(presentEvents, db, actor, await eventPage(db, actor, req.query), req.query);
}
const eventExport = { tags, querystring: eventListQuerySchema.omit(noPaging) };
async function exportEvents(req: Req<typeof eventExport>, reply: FastifyReply) {
  const { db, actor } = ctx(req);
  return sendSheet(reply, await eventSheet(db, actor, req.query));
}
const eventCreate = { tags, body: eventInputSchema, response: { 201: eventSchema } };
async function postEvent(req: Req<typeof eventCreate>, reply: Reply<typeof eventCreate>) {
  const { db, actor } = ctx(req);
  return reply.code(201).send(await presentOne(presentEvents, db, actor, await createEvent(db, actor, req.body)));
}
const eventOne = { ...byId, response: { 200: eventSchema } };
async function showEvent(req: Req<typeof eventOne>) {
  const { db, actor } = ctx(req);
  return presentOne(presentEvents, db, actor, await getEvent(db, actor, req.params.id));
}
const eventUpdate = { ...eventOne, body: eventUpdateSchema };
async function putEvent(req: Req<typeof eventUpdate>) {
  const { db, actor } = ctx(req);
  return presentOne(presentEvents, db, actor, await updateEvent(db, actor, req.params.id, req.body));
}
const eventArchive = { ...eventOne, body: archiveSchema };
async function postEventArchive(req: Req<typeof eventArchive>) {
  const { db, actor } = ctx(req);
  return presentOne(presentEvents, db, actor, await archiveEvent(db, actor, req.params.id, req.body));
}
const eventRestore = { ...eventOne, body: versionSchema };
async function postEventRestore(req: Req<typeof eventRestore>) {
  const { db, actor } = ctx(req);
  return presentOne(presentEvents, db, actor, await restoreEvent(db, actor, req.params.id, req.body));
}

// Friendship cities
const cityList = { tags, querystring: cityListQuerySchema, response: { 200: cityPageSchema } };
async function listCities(req: Req<typeof cityList>) {
  const { db, actor } = ctx(req);
  return presentPage(presentCities, db, actor, await cityPage(db, actor, req.query), req.query);
}
const cityFigures = { tags, response: { 200: cityStatsSchema } };
async function getCityStats(req: Req<typeof cityFigures>) {
  const { db, actor } = ctx(req);
  return cityStats(db, actor);
}
const anniversaryList = { tags, querystring: anniversaryQuerySchema, response: { 200: z.array(anniversarySchema) } };
async function listAnniversaries(req: Req<typeof anniversaryList>) {
  const { db, actor } = ctx(req);
  return anniversaries(db, actor, req.query.withinDays);
}
const cityExport = { tags, querystring: cityListQuerySchema.omit(noPaging) };
async function exportCities(req: Req<typeof cityExport>, reply: FastifyReply) {
  const { db, actor } = ctx(req);
  return sendSheet(reply, await citySheet(db, actor, req.query));
}
const cityImport = { tags, consumes: ['multipart/form-data'], response: { 202: jobSchema } };
async function importCities(req: Req<typeof cityImport>, reply: Reply<typeof cityImport>) {
  const { db, actor } = ctx(req);
  const handler = await cityImportHandler(db, actor);
  const file = await receiveXlsxUpload(req);
  return reply.code(202).send(await startImport(db, actor, file, handler, (err) => req.log.error({ err }, 'import failed')));
}
const cityCreate = { tags, body: cityInputSchema, response: { 201: citySchema } };
async function postCity(req: Req<typeof cityCreate>, reply: Reply<typeof cityCreate>) {
  const { db, actor } = ctx(req);
  return reply.code(201).send(await presentOne(presentCities, db, actor, await createCity(db, actor, req.body)));
}
const cityOne = { ...byId, response: { 200: citySchema } };
async function showCity(req: Req<typeof cityOne>) {
  const { db, actor } = ctx(req);
  return presentOne(presentCities, db, actor, await getCity(db, actor, req.params.id));
}
const cityUpdate = { ...cityOne, body: cityUpdateSchema };
async function putCity(req: Req<typeof cityUpdate>) {
  const { db, actor } = ctx(req);
  return presentOne(presentCities, db, actor, await updateCity(db, actor, req.params.id, req.body));
}
const cityArchive = { ...cityOne, body: archiveSchema };
async function postCityArchive(req: Req<typeof cityArchive>) {
  const { db, actor } = ctx(req);
  return presentOne(presentCities, db, actor, await archiveCity(db, actor, req.params.id, req.body));
}
const cityRestore = { ...cityOne, body: versionSchema };
async function postCityRestore(req: Req<typeof cityRestore>) {
  const { db, actor } = ctx(req);
  return presentOne(presentCities, db, actor, await restoreCity(db, actor, req.params.id, req.body));
}
const history = { ...byId, response: { 200: z.array(historyItemSchema) } };
async function showCityHistory(req: Req<typeof history>) {
  const { db, actor } = ctx(req);
  return cityHistory(db, actor, req.params.id);
}
const historyAdd = { ...history, body: exchangeInputSchema };
async function postCityExchange(req: Req<typeof historyAdd>) {
  const { db, actor } = ctx(req);
  await addExchange(db, actor, req.params.id, req.body);
  return cityHistory(db, actor, req.params.id);
}

// Attachments (invitations, agreements, photos) of visits, events and pairs
type Owner = { type: string; find: (db: Db, actor: Actor, id: number) => Promise<{ id: number; orgUnitId: number }>; forUpload: Owner['find'] };
const OWNERS: Record<'visits' | 'events' | 'cities', Owner> = {
  visits: { type: 'visit', find: getVisit, forUpload: visitForUpload },
  events: { type: 'event', find: getEvent, forUpload: eventForUpload },
  cities: { type: 'friendship_city', find: getCity, forUpload: cityForUpload },
};

/** Who may download the files of visits, events and pairs: whoever may read the record as it is now. */
export const exchangeAttachmentOwners: AttachmentOwners = Object.fromEntries(
  Object.values(OWNERS).map((o) => [o.type, { permission: 'exchanges.read' as const, find: o.find }]),
);

const attachmentList = { ...byId, response: { 200: z.array(attachmentSchema) } };
const listAttachmentsOf = (owner: Owner) =>
  async function listRecordAttachments(req: Req<typeof attachmentList>) {
    const { db, actor } = ctx(req);
    await owner.find(db, actor, req.params.id);
    return listAttachments(db, owner.type, req.params.id);
  };
const attachmentUpload = { ...byId, consumes: ['multipart/form-data'], response: { 201: attachmentSchema } };
const uploadAttachmentTo = (owner: Owner) =>
  async function uploadRecordAttachment(req: Req<typeof attachmentUpload>, reply: Reply<typeof attachmentUpload>) {
    const { db, actor } = ctx(req);
    const record = await owner.forUpload(db, actor, req.params.id);
    return reply.code(201).send(await saveAttachment(db, actor, { entityType: owner.type, entityId: record.id, orgUnitId: record.orgUnitId }, req));
  };

// Settings of the caller's own office
const settingsRead = { tags, response: { 200: settingsUpdateSchema } };
async function showSettings(req: Req<typeof settingsRead>) {
  const { db, actor } = ctx(req);
  return getSettings(db, actor);
}
const settingsSave = { ...settingsRead, body: settingsUpdateSchema };
async function putSettings(req: Req<typeof settingsSave>) {
  const { db, actor } = ctx(req);
  return saveSettings(db, actor, req.body);
}

export const exchangeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/visits', { config: read, schema: visitList }, listVisits);
  app.get('/visits/upcoming', { config: read, schema: upcoming }, listUpcomingVisits);
  app.get('/visits/stats', { config: read, schema: visitFigures }, getVisitStats);
  app.get('/visits/export.xlsx', { config: exportable, schema: visitExport }, exportVisits);
  app.post('/visits', { config: write, schema: visitCreate }, postVisit);
  app.get('/visits/:id', { config: read, schema: visitOne }, showVisit);
  app.put('/visits/:id', { config: write, schema: visitUpdate }, putVisit);
  app.post('/visits/:id/archive', { config: write, schema: visitArchive }, postVisitArchive);

  app.get('/events', { config: read, schema: eventList }, listEvents);
  app.get('/events/export.xlsx', { config: exportable, schema: eventExport }, exportEvents);
  app.post('/events', { config: write, schema: eventCreate }, postEvent);
  app.get('/events/:id', { config: read, schema: eventOne }, showEvent);
  app.put('/events/:id', { config: write, schema: eventUpdate }, putEvent);
  app.post('/events/:id/archive', { config: write, schema: eventArchive }, postEventArchive);

  app.get('/cities', { config: read, schema: cityList }, listCities);
  app.get('/cities/stats', { config: read, schema: cityFigures }, getCityStats);
  app.get('/cities/anniversaries', { config: read, schema: anniversaryList }, listAnniversaries);
  app.get('/cities/export.xlsx', { config: exportable, schema: cityExport }, exportCities);
  app.post('/cities/import', { config: { permission: 'exchanges.import' }, schema: cityImport }, importCities);
  app.post('/cities', { config: write, schema: cityCreate }, postCity);
  app.get('/cities/:id', { config: read, schema: cityOne }, showCity);
  app.put('/cities/:id', { config: write, schema: cityUpdate }, putCity);
  app.post('/cities/:id/archive', { config: write, schema: cityArchive }, postCityArchive);
  app.get('/cities/:id/history', { config: read, schema: history }, showCityHistory);
  app.post('/cities/:id/history', { config: write, schema: historyAdd }, postCityExchange);

  app.post('/visits/:id/restore', { config: write, schema: visitRestore }, postVisitRestore);
  app.post('/events/:id/restore', { config: write, schema: eventRestore }, postEventRestore);
  app.post('/cities/:id/restore', { config: write, schema: cityRestore }, postCityRestore);

  for (const [path, owner] of Object.entries(OWNERS)) {
    app.get(`/${path}/:id/attachments`, { config: read, schema: attachmentList }, listAttachmentsOf(owner));
    app.post(`/${path}/:id/attachments`, { config: write, schema: attachmentUpload }, uploadAttachmentTo(owner));
  }

  app.get('/settings', { config: read, schema: settingsRead }, showSettings);
  app.put('/settings', { config: write, schema: settingsSave }, putSettings);
};
