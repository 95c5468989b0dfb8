import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { versionSchema, idParamSchema } from '@shared/contracts/common';
import { jobSchema } from '@shared/contracts/jobs';
import {
  archiveSchema,
  dailyReportQuerySchema,
  movementInputSchema,
  movementSchema,
  mrzInputSchema,
  residentFilterSchema,
  residentInputSchema,
  residentListQuerySchema,
  residentPageSchema,
  residentSchema,
  residentUpdateSchema,
  statsSchema,
  type ResidentFilter,
  type ResidentStats,
} from '@shared/contracts/residents';
import { say } from '@shared/labels/labels';
import { unitName } from '@shared/labels/platform';
import { toAlpha3 } from '@shared/reference/countries';
import { parseMrz } from '@shared/reference/mrz';
import { recordAudit } from '@server/platform/audit/audit';
import { buildXlsx, streamXlsx, xlsxHeaders, type CellValue } from '@server/platform/files/excel';
import { AppError, fieldError } from '@server/platform/http/errors';
import { actorOf } from '@server/platform/http/http';
import { startImport } from '@server/platform/jobs/jobs';
import { receiveXlsxUpload } from '@server/platform/files/uploads';
import { areaChains, getOrgUnitById } from '@server/platform/org/org.service';
import type { Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import { maySeeDocNumbers, searchRights } from './residents.policy';
import { countStats, iterateResidents, listResidents } from './residents.repository';
import { dailyReportRows, exportColumns, exportRow, SHEET_NAMES } from './residents.excel';
import { residentImportHandler } from './residents.import';
import {
  addMovement,
  archiveResident,
  createResident,
  getResident,
  movementTimeline,
  presentListItems,
  presentResident,
  restoreResident,
  updateResident,
} from './residents.service';
import { clock } from '@server/clock';

/** Comma-separated nationalities in any accepted form → alpha-3 codes; an unknown one is a 400. */
function nationalityCodes(f: ResidentFilter): string[] | undefined {
  if (!f.nationality) return undefined;
  return f.nationality
    .split(/[,，]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const code = toAlpha3(s);
      if (!code) throw fieldError('nationality', 'err.unknownCountry', { value: s });
      return code;
    });
}

async function stats(app: { database: { db: import('@server/db/client').Db } }, actor: Actor, date: string, cutoff: Date): Promise<ResidentStats> {
  const unit = await getOrgUnitById(app.database.db, actor.orgUnitId);
  const s = await countStats(app.database.db, scopeOf(actor), unit?.depth ?? 0, date, cutoff);
  return {
    asOf: cutoff.toISOString(),
    total: s.totals.total,
    byNationality: s.byNationality,
    byArea: s.byArea,
    arrivalsLast14Days: s.totals.arrivals,
    documentsExpiring30Days: s.totals.docs,
    visasExpiring30Days: s.totals.visas,
    notRegistered: s.totals.notRegistered,
  };
}

/** 12:00 Asia/Shanghai of a date, or now if that moment has not come yet. */
function noonCutoff(date: string): Date {
  const noon = new Date(`${date}T12:00:00+08:00`);
  return noon > clock.now() ? clock.now() : noon;
}

export const residentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const tags = ['residents'];
  const read = { permission: 'residents.read' as const };
  const write = { permission: 'residents.write' as const };

  app.get('/', { config: read, schema: { tags, querystring: residentListQuerySchema, response: { 200: residentPageSchema } } }, async (req) => {
    const actor = actorOf(req);
    const q = { ...req.query, nationalityCodes: nationalityCodes(req.query) };
    const { rows, total } = await listResidents(db, scopeOf(actor), q, clock.today(), searchRights(actor));
    return { items: await presentListItems(db, actor, rows), total, page: q.page, pageSize: q.pageSize };
  });

  app.get('/export.xlsx', { config: { permission: 'residents.export' }, schema: { tags, querystring: residentFilterSchema } }, async (req, reply) => {
    const actor = actorOf(req);
    const filter = { ...req.query, nationalityCodes: nationalityCodes(req.query) };
    const seeDoc = maySeeDocNumbers(actor);
    // Audited before the first byte leaves: a download cut off half way still handed out personal data.
    await recordAudit(db, actor, {
      action: 'resident.export',
      entityType: 'resident',
      orgUnitId: actor.orgUnitId,
      detail: { filter: req.query, maskedDocNumbers: !seeDoc },
    });
    const today = clock.today();
    async function* rows(): AsyncGenerator<Record<string, CellValue>> {
      for await (const batch of iterateResidents(db, scopeOf(actor), filter, today, searchRights(actor))) {
        const chains = await areaChains(
          db,
          batch.map((r) => r.orgUnitId),
        );
        for (const r of batch) yield exportRow(r, chains.get(r.orgUnitId) ?? [], actor.locale, !seeDoc, today);
      }
    }
    const name = say(SHEET_NAMES.exportFile(clock.today()), actor.locale);
    return reply.headers(xlsxHeaders(name)).send(streamXlsx(say(SHEET_NAMES.ledger, actor.locale), exportColumns(actor.locale), rows()));
  });

  app.get('/import-template.xlsx', { config: { permission: 'residents.import' }, schema: { tags } }, async (req, reply) => {
    const actor = actorOf(req);
    const columns = exportColumns(actor.locale);
    const example: Record<string, CellValue> = {
      surname: 'KIM',
      givenNames: 'MINSU',
      nameZh: '金民洙',
      sex: '男',
      birthDate: '1990年3月1日',
      nationality: '韩国',
      docType: '普通护照',
      docNumber: 'M12345678',
      docExpiry: '2030.3.1',
      visaType: 'Z',
      visaExpiry: '2027-03-01',
      arrivalDate: '2026-01-15',
      accommodationRegistered: '是',
    };
    const file = await buildXlsx([
      {
        name: say(SHEET_NAMES.ledger, actor.locale),
        rows: [columns.map((c) => c.header), columns.map((c) => example[c.key] ?? null)],
        widths: columns.map((c) => c.width ?? 14),
        boldRows: [1],
      },
    ]);
    return reply.headers(xlsxHeaders(say(SHEET_NAMES.template, actor.locale))).send(file);
  });

  app.post(
    '/import',
    { config: { permission: 'residents.import' }, schema: { tags, consumes: ['multipart/form-data'], response: { 202: jobSchema } } },
    async (req, reply) => {
      const actor = actorOf(req);
      // The handler first: nothing can fail between receiving the upload and its job taking it over.
      const handler = await residentImportHandler(db, actor);
      const file = await receiveXlsxUpload(req);
      const job = await startImport(db, actor, file, handler, (err) => req.log.error({ err }, 'import failed'));
      return reply.code(202).send(job);
    },
  );

  app.post('/mrz', { config: read, schema: { tags, body: mrzInputSchema } }, async (req) => {
    const result = parseMrz(req.body.text, { now: clock.now() });
    if (result.format === null) {
      const locale = actorOf(req).locale;
      throw new AppError(400, 'err.mrz', { detail: result.errors.map((e) => say({ zh: e.message_zh, en: e.message_en }, locale)).join('; ') });
    }
    return result;
  });

  app.get('/stats', { config: { permission: 'stats.read' }, schema: { tags, response: { 200: statsSchema } } }, async (req) =>
    stats(app, actorOf(req), clock.today(), clock.now()),
  );

  app.get(
    '/daily-report',
    { config: { permission: 'stats.read' }, schema: { tags, querystring: dailyReportQuerySchema, response: { 200: statsSchema } } },
    async (req) => {
      const date = req.query.date ?? clock.today();
      return stats(app, actorOf(req), date, noonCutoff(date));
    },
  );

  app.get('/daily-report.xlsx', { config: { permission: 'stats.read' }, schema: { tags, querystring: dailyReportQuerySchema } }, async (req, reply) => {
    const actor = actorOf(req);
    const date = req.query.date ?? clock.today();
    const figures = await stats(app, actor, date, noonCutoff(date));
    const unit = await getOrgUnitById(db, actor.orgUnitId);
    const file = await buildXlsx([
      { name: date, rows: dailyReportRows(figures, date, actor.locale, unit ? unitName(unit, actor.locale) : ''), widths: [36, 12], boldRows: [1] },
    ]);
    await recordAudit(db, actor, { action: 'resident.dailyReport.export', entityType: 'resident', orgUnitId: actor.orgUnitId, detail: { date } });
    return reply.headers(xlsxHeaders(say(SHEET_NAMES.dailyFile(date), actor.locale))).send(file);
  });

  app.post('/', { config: write, schema: { tags, body: residentInputSchema, response: { 201: residentSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await createResident(db, actor, req.body);
    return reply.code(201).send(await presentResident(db, actor, row));
  });

  app.get('/:id', { config: read, schema: { tags, params: idParamSchema, response: { 200: residentSchema } } }, async (req) => {
    const actor = actorOf(req);
    return presentResident(db, actor, await getResident(db, actor, req.params.id));
  });

  app.put('/:id', { config: write, schema: { tags, params: idParamSchema, body: residentUpdateSchema, response: { 200: residentSchema } } }, async (req) => {
    const actor = actorOf(req);
    return presentResident(db, actor, await updateResident(db, actor, req.params.id, req.body));
  });

  app.post('/:id/archive', { config: write, schema: { tags, params: idParamSchema, body: archiveSchema, response: { 200: residentSchema } } }, async (req) => {
    const actor = actorOf(req);
    return presentResident(db, actor, await archiveResident(db, actor, req.params.id, req.body));
  });

  app.post('/:id/restore', { config: write, schema: { tags, params: idParamSchema, body: versionSchema, response: { 200: residentSchema } } }, async (req) => {
    const actor = actorOf(req);
    return presentResident(db, actor, await restoreResident(db, actor, req.params.id, req.body));
  });

  app.get('/:id/movements', { config: read, schema: { tags, params: idParamSchema, response: { 200: z.array(movementSchema) } } }, async (req) =>
    movementTimeline(db, actorOf(req), req.params.id),
  );

  app.post(
    '/:id/movements',
    { config: write, schema: { tags, params: idParamSchema, body: movementInputSchema, response: { 200: residentSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return presentResident(db, actor, await addMovement(db, actor, req.params.id, req.body));
    },
  );
};
