import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamSchema, versionSchema } from '../../../shared/contracts/common';
import {
  anniversaryQuerySchema, anniversarySchema, cityInputSchema, cityListQuerySchema, cityPageSchema, citySchema, cityStatsSchema, cityUpdateSchema,
  eventInputSchema, eventListQuerySchema, eventPageSchema, eventSchema, eventUpdateSchema, exchangeInputSchema, historyItemSchema,
  periodQuerySchema, settingsUpdateSchema, visitInputSchema, visitListQuerySchema, visitPageSchema, visitSchema,
  visitStatsSchema, visitUpdateSchema,
} from '../../../shared/contracts/exchanges';
import { jobSchema } from '../../../shared/contracts/jobs';
import { archiveSchema } from '../../../shared/contracts/residents';
import { addDays } from '../../../shared/reference/dates';
import { recordAudit } from '../../platform/audit/audit';
import { streamXlsx, xlsxHeaders, type CellValue } from '../../platform/files/excel';
import { AppError, fieldError } from '../../platform/http/errors';
import { attachmentSchema, listAttachments, saveAttachment, type AttachmentOwners } from '../../platform/files/attachments';
import { actorOf } from '../../platform/http/http';
import { startImport } from '../../platform/jobs/jobs';
import { receiveXlsxUpload } from '../../platform/files/uploads';
import { addExchange, allCities, archiveCity, restoreCity, cityHistory, createCity, findCity, getSettings, listCities, presentCities, saveSettings, updateCity } from './cities.service';
import { registerFieldLabels } from '../../platform/i18n/fields';
import { orgNames } from './exchanges.common';
import { EXCHANGE_FIELDS, EXCHANGE_FIELDS_BY_KIND } from './exchanges.fields';
import { cityExportColumns, cityExportRow, cityImportHandler, eventExportColumns, eventExportRow, visitExportColumns, visitExportRow } from './exchanges.excel';
import { anniversaries, cityStats, visitStats } from './exchanges.stats';
import { allEvents, archiveEvent, restoreEvent, createEvent, findEvent, listEvents, presentEvents, updateEvent } from './events.service';
import { allVisits, archiveVisit, restoreVisit, createVisit, findVisit, listVisits, presentVisits, updateVisit } from './visits.service';
import { clock } from '../../clock';

async function* rowsOf<T>(items: T[], map: (t: T) => Record<string, CellValue>) { for (const i of items) yield map(i); }

const attachmentOwnersByPath = {
  visits: { type: 'visit', find: findVisit },
  events: { type: 'event', find: findEvent },
  cities: { type: 'friendship_city', find: findCity },
} as const;

/** Who may download the files of visits, events and pairs: whoever may read the record as it is now. */
export const exchangeAttachmentOwners: AttachmentOwners = Object.fromEntries(
  Object.values(attachmentOwnersByPath).map((o) => [o.type, { permission: 'exchanges.read' as const, find: o.find }]),
);

export const exchangeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const tags = ['exchanges'];
  const read = { permission: 'exchanges.read' as const };
  const write = { permission: 'exchanges.write' as const };
  registerFieldLabels(app.prefix, EXCHANGE_FIELDS);
  for (const [kind, labels] of Object.entries(EXCHANGE_FIELDS_BY_KIND)) registerFieldLabels(`${app.prefix}/${kind}`, { ...EXCHANGE_FIELDS, ...labels });

  // Visits
  app.get('/visits', { config: read, schema: { tags, querystring: visitListQuerySchema, response: { 200: visitPageSchema } } },
    async (req) => listVisits(db, actorOf(req), req.query));
  app.get('/visits/upcoming', { config: read, schema: { tags, querystring: z.object({ days: z.coerce.number().int().min(1).max(366).default(60) }), response: { 200: z.array(visitSchema) } } }, async (req) => {
    const actor = actorOf(req);
    const today = clock.today();
    const rows = (await allVisits(db, actor, { from: today, to: addDays(today, req.query.days) }, 500)).filter((v) => v.status !== 'cancelled');
    return presentVisits(db, actor, rows);
  });
  app.get('/visits/stats', { config: read, schema: { tags, querystring: periodQuerySchema, response: { 200: visitStatsSchema } } }, async (req) => {
    if (req.query.to < req.query.from) throw fieldError('to', 'err.dateRange');
    return visitStats(db, actorOf(req), req.query.from, req.query.to);
  });
  app.get('/visits/export.xlsx', { config: { permission: 'exchanges.export' }, schema: { tags, querystring: visitListQuerySchema.omit({ page: true, pageSize: true }) } }, async (req, reply) => {
    const actor = actorOf(req);
    const rows = await allVisits(db, actor, req.query);
    const names = await orgNames(db, actor, rows.map((r) => r.orgUnitId));
    await recordAudit(db, actor, { action: 'visit.export', entityType: 'visit', orgUnitId: actor.orgUnitId, detail: { filter: req.query, rows: rows.length } });
    const en = actor.locale === 'en-US';
    return reply.headers(xlsxHeaders(en ? `visits-${clock.today()}.xlsx` : `来访接待-${clock.today()}.xlsx`))
      .send(streamXlsx(en ? 'Visits' : '来访', visitExportColumns(actor.locale), rowsOf(rows, (v) => visitExportRow(v, names.get(v.orgUnitId) ?? '', actor.locale))));
  });
  app.post('/visits', { config: write, schema: { tags, body: visitInputSchema, response: { 201: visitSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const [shown] = await presentVisits(db, actor, [await createVisit(db, actor, req.body)]);
    return reply.code(201).send(shown);
  });
  app.get('/visits/:id', { config: read, schema: { tags, params: idParamSchema, response: { 200: visitSchema } } }, async (req) => {
    const actor = actorOf(req);
    return (await presentVisits(db, actor, [await findVisit(db, actor, req.params.id)]))[0];
  });
  app.put('/visits/:id', { config: write, schema: { tags, params: idParamSchema, body: visitUpdateSchema, response: { 200: visitSchema } } }, async (req) => {
    const actor = actorOf(req);
    return (await presentVisits(db, actor, [await updateVisit(db, actor, req.params.id, req.body)]))[0];
  });
  app.post('/visits/:id/archive', { config: write, schema: { tags, params: idParamSchema, body: archiveSchema, response: { 200: visitSchema } } }, async (req) => {
    const actor = actorOf(req);
    return (await presentVisits(db, actor, [await archiveVisit(db, actor, req.params.id, req.body)]))[0];
  });

  // Events
  app.get('/events', { config: read, schema: { tags, querystring: eventListQuerySchema, response: { 200: eventPageSchema } } },
    async (req) => listEvents(db, actorOf(req), req.query));
  app.get('/events/export.xlsx', { config: { permission: 'exchanges.export' }, schema: { tags, querystring: eventListQuerySchema.omit({ page: true, pageSize: true }) } }, async (req, reply) => {
    const actor = actorOf(req);
    const rows = await allEvents(db, actor, req.query);
    const names = await orgNames(db, actor, rows.map((r) => r.orgUnitId));
    await recordAudit(db, actor, { action: 'event.export', entityType: 'event', orgUnitId: actor.orgUnitId, detail: { filter: req.query, rows: rows.length } });
    const en = actor.locale === 'en-US';
    return reply.headers(xlsxHeaders(en ? `events-${clock.today()}.xlsx` : `外事活动-${clock.today()}.xlsx`))
      .send(streamXlsx(en ? 'Events' : '外事活动', eventExportColumns(actor.locale), rowsOf(rows, (e) => eventExportRow(e, names.get(e.orgUnitId) ?? '', actor.locale))));
  });
  app.post('/events', { config: write, schema: { tags, body: eventInputSchema, response: { 201: eventSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    return reply.code(201).send((await presentEvents(db, actor, [await createEvent(db, actor, req.body)]))[0]);
  });
  app.get('/events/:id', { config: read, schema: { tags, params: idParamSchema, response: { 200: eventSchema } } }, async (req) => {
    const actor = actorOf(req);
    return (await presentEvents(db, actor, [await findEvent(db, actor, req.params.id)]))[0];
  });
  app.put('/events/:id', { config: write, schema: { tags, params: idParamSchema, body: eventUpdateSchema, response: { 200: eventSchema } } }, async (req) => {
    const actor = actorOf(req);
    return (await presentEvents(db, actor, [await updateEvent(db, actor, req.params.id, req.body)]))[0];
  });
  app.post('/events/:id/archive', { config: write, schema: { tags, params: idParamSchema, body: archiveSchema, response: { 200: eventSchema } } }, async (req) => {
    const actor = actorOf(req);
    return (await presentEvents(db, actor, [await archiveEvent(db, actor, req.params.id, req.body)]))[0];
  });

  // Friendship cities
  app.get('/cities', { config: read, schema: { tags, querystring: cityListQuerySchema, response: { 200: cityPageSchema } } },
    async (req) => listCities(db, actorOf(req), req.query));
  app.get('/cities/stats', { config: read, schema: { tags, response: { 200: cityStatsSchema } } }, async (req) => cityStats(db, actorOf(req)));
  app.get('/cities/anniversaries', { config: read, schema: { tags, querystring: anniversaryQuerySchema, response: { 200: z.array(anniversarySchema) } } },
    async (req) => anniversaries(db, actorOf(req), req.query.withinDays));
  app.get('/cities/export.xlsx', { config: { permission: 'exchanges.export' }, schema: { tags, querystring: cityListQuerySchema.omit({ page: true, pageSize: true }) } }, async (req, reply) => {
    const actor = actorOf(req);
    const rows = await allCities(db, actor, req.query);
    const names = await orgNames(db, actor, rows.map((r) => r.orgUnitId));
    await recordAudit(db, actor, { action: 'friendshipCity.export', entityType: 'friendship_city', orgUnitId: actor.orgUnitId, detail: { filter: req.query, rows: rows.length } });
    const en = actor.locale === 'en-US';
    return reply.headers(xlsxHeaders(en ? `friendship-cities-${clock.today()}.xlsx` : `国际友好城市-${clock.today()}.xlsx`))
      .send(streamXlsx(en ? 'Friendship cities' : '友好城市', cityExportColumns(actor.locale), rowsOf(rows, (c) => cityExportRow(c, names.get(c.orgUnitId) ?? '', actor.locale))));
  });
  app.post('/cities/import', { config: { permission: 'exchanges.import' }, schema: { tags, consumes: ['multipart/form-data'], response: { 202: jobSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const handler = await cityImportHandler(db, actor);
    const file = await receiveXlsxUpload(req);
    const job = await startImport(db, actor, file, handler, (err) => req.log.error({ err }, 'import failed'));
    return reply.code(202).send(job);
  });
  app.post('/cities', { config: write, schema: { tags, body: cityInputSchema, response: { 201: citySchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    return reply.code(201).send((await presentCities(db, actor, [await createCity(db, actor, req.body)]))[0]);
  });
  app.get('/cities/:id', { config: read, schema: { tags, params: idParamSchema, response: { 200: citySchema } } }, async (req) => {
    const actor = actorOf(req);
    return (await presentCities(db, actor, [await findCity(db, actor, req.params.id)]))[0];
  });
  app.put('/cities/:id', { config: write, schema: { tags, params: idParamSchema, body: cityUpdateSchema, response: { 200: citySchema } } }, async (req) => {
    const actor = actorOf(req);
    return (await presentCities(db, actor, [await updateCity(db, actor, req.params.id, req.body)]))[0];
  });
  app.post('/cities/:id/archive', { config: write, schema: { tags, params: idParamSchema, body: archiveSchema, response: { 200: citySchema } } }, async (req) => {
    const actor = actorOf(req);
    return (await presentCities(db, actor, [await archiveCity(db, actor, req.params.id, req.body)]))[0];
  });
  app.get('/cities/:id/history', { config: read, schema: { tags, params: idParamSchema, response: { 200: z.array(historyItemSchema) } } },
    async (req) => cityHistory(db, actorOf(req), req.params.id));
  app.post('/cities/:id/history', { config: write, schema: { tags, params: idParamSchema, body: exchangeInputSchema, response: { 200: z.array(historyItemSchema) } } }, async (req) => {
    const actor = actorOf(req);
    await addExchange(db, actor, req.params.id, req.body);
    return cityHistory(db, actor, req.params.id);
  });

  // Restoring an archived record, for each kind
  app.post('/visits/:id/restore', { config: write, schema: { tags, params: idParamSchema, body: versionSchema, response: { 200: visitSchema } } }, async (req) => {
    const actor = actorOf(req);
    return (await presentVisits(db, actor, [await restoreVisit(db, actor, req.params.id, req.body)]))[0];
  });
  app.post('/events/:id/restore', { config: write, schema: { tags, params: idParamSchema, body: versionSchema, response: { 200: eventSchema } } }, async (req) => {
    const actor = actorOf(req);
    return (await presentEvents(db, actor, [await restoreEvent(db, actor, req.params.id, req.body)]))[0];
  });
  app.post('/cities/:id/restore', { config: write, schema: { tags, params: idParamSchema, body: versionSchema, response: { 200: citySchema } } }, async (req) => {
    const actor = actorOf(req);
    return (await presentCities(db, actor, [await restoreCity(db, actor, req.params.id, req.body)]))[0];
  });

  // Attachments (invitations, agreements, photos) of visits, events and pairs
  for (const [path, owner] of Object.entries(attachmentOwnersByPath)) {
    app.get(`/${path}/:id/attachments`, { config: read, schema: { tags, params: idParamSchema, response: { 200: z.array(attachmentSchema) } } }, async (req) => {
      await owner.find(db, actorOf(req), req.params.id);
      return listAttachments(db, owner.type, req.params.id);
    });
    app.post(`/${path}/:id/attachments`, { config: write, schema: { tags, params: idParamSchema, consumes: ['multipart/form-data'], response: { 201: attachmentSchema } } }, async (req, reply) => {
      const actor = actorOf(req);
      const record = await owner.find(db, actor, req.params.id);
      if (record.archivedAt) throw new AppError(409, 'err.archived');
      return reply.code(201).send(await saveAttachment(db, actor, { entityType: owner.type, entityId: record.id, orgUnitId: record.orgUnitId }, req));
    });
  }

  // Settings of the caller's own office
  app.get('/settings', { config: read, schema: { tags, response: { 200: settingsUpdateSchema } } }, async (req) => getSettings(db, actorOf(req).orgUnitId));
  app.put('/settings', { config: write, schema: { tags, body: settingsUpdateSchema, response: { 200: settingsUpdateSchema } } },
    async (req) => saveSettings(db, actorOf(req), req.body));
};
