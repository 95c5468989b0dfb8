import path from 'node:path';
import { rm } from 'node:fs/promises';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  calendarImportQuerySchema,
  calendarImportResultSchema,
  calendarNoticeInputSchema,
  calendarNoticeUpdateSchema,
  calendarYearDetailSchema,
  calendarYearParamSchema,
  calendarYearsSchema,
} from '@shared/contracts/calendar';
import { versionSchema } from '@shared/contracts/common';
import { importCalendarSheet } from './calendar.excel';
import {
  assertCalendarKeeper,
  createCalendarNotice,
  deleteCalendarNotice,
  listCalendarYears,
  readCalendarYear,
  updateCalendarNotice,
} from './calendar.service';
import { actorOf } from '../http/http';
import { can } from '../access/actor';
import { receiveXlsxUpload } from '../files/uploads';

/**
 * The working-day calendar: every signed-in user may see which years it covers and their days (the
 * travel form counts on them); only an administrator of the root office enters, corrects, deletes or
 * imports a year's State Council holiday notice.
 */
export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const tags = ['calendar'];
  const manage = { permission: 'calendar.manage' as const };
  const params = calendarYearParamSchema;

  app.get('/years', { schema: { tags, response: { 200: calendarYearsSchema } } }, async (req) => ({
    years: await listCalendarYears(db),
    can: { manage: can(actorOf(req), 'calendar.manage') },
  }));
  app.get('/years/:year', { schema: { tags, params, response: { 200: calendarYearDetailSchema } } }, async (req) => readCalendarYear(db, req.params.year));
  app.post('/years', { config: manage, schema: { tags, body: calendarNoticeInputSchema, response: { 201: calendarYearDetailSchema } } }, async (req, reply) =>
    reply.code(201).send(await createCalendarNotice(db, actorOf(req), req.body)),
  );
  app.put(
    '/years/:year',
    { config: manage, schema: { tags, params, body: calendarNoticeUpdateSchema, response: { 200: calendarYearDetailSchema } } },
    async (req) => updateCalendarNotice(db, actorOf(req), req.params.year, req.body),
  );
  app.post('/years/:year/delete', { config: manage, schema: { tags, params, body: versionSchema } }, async (req, reply) => {
    await deleteCalendarNotice(db, actorOf(req), req.params.year, req.body.version);
    return reply.code(204).send();
  });
  app.post(
    '/import',
    {
      config: manage,
      schema: { tags, consumes: ['multipart/form-data'], querystring: calendarImportQuerySchema, response: { 200: calendarImportResultSchema } },
    },
    async (req) => {
      const actor = actorOf(req);
      // Before the upload is read: a district's administrator learns nothing about the sheet.
      await assertCalendarKeeper(db, actor);
      const file = await receiveXlsxUpload(req);
      try {
        return await importCalendarSheet(db, actor, file.path, { ...req.query, fileName: file.name });
      } finally {
        await rm(path.dirname(file.path), { recursive: true, force: true });
      }
    },
  );
};
