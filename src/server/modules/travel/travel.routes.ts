import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { registerFieldLabels } from '../../platform/i18n/fields';
import { TRAVEL_FIELDS } from './travel.fields';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { idParamSchema, versionSchema } from '../../../shared/contracts/common';
import {
  applicationInputSchema, applicationListQuerySchema, applicationPageSchema, applicationSchema, applicationUpdateSchema, batchListQuerySchema,
  cancelSchema, checkResultSchema, leaderDecisionSchema, passportsReturnedSchema, publicityEndQuerySchema, publicityEndSchema, reportSchema,
  reviewActionSchema, stepSchema, travelPeriodSchema, travelStatsSchema, tripReturnSchema, type Step,
} from '../../../shared/contracts/travel';
import { attachmentSchema, listAttachments, saveAttachment, type AttachmentOwners } from '../../platform/files/attachments';
import { recordAudit } from '../../platform/audit/audit';
import { CalendarNotCovered } from '../../platform/calendar/calendar';
import { workingCalendar } from '../../platform/calendar/calendar.service';
import { fieldError, forbidden } from '../../platform/http/errors';
import { downloadHeaders } from '../../platform/files/download';
import { streamXlsx, xlsxHeaders, type CellValue } from '../../platform/files/excel';
import { actorOf } from '../../platform/http/http';
import { orgUnitNames } from '../../platform/org/org.service';
import { can, type Actor } from '../../platform/access/actor';
import type { Db } from '../../db/client';
import {
  applyingUnit, createApplication, decidedApplications, findApplication, listApplications, presentApplications, updateApplication,
} from './travel.applications';
import { checkAll, normalizeInput } from './travel.check';
import { rulesOn } from './travel.ruleset';
import { approvalFormDocx, publicityNoticeDocx } from './travel.documents';
import { batchListColumns, batchListRow } from './travel.excel';
import { officeRoutes } from './travel.office.routes';
import { travelStats } from './travel.stats';
import { travelSteps } from './travel.table';
import {
  cancelApplication, fileReport, leaderDecision, passportsReturned, recordReturn, reviewApplication, submitApplication, withdrawApplication,
} from './travel.workflow';
import { clock } from '../../clock';

/** Where no limits are in force (a new installation before its rules are seeded): the national rule's five. */
const DEFAULT_PUBLICITY_DAYS = 5;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function stepsOf(db: Db, actor: Actor, applicationId: number): Promise<Step[]> {
  const rows = await db.select().from(travelSteps).where(eq(travelSteps.applicationId, applicationId)).orderBy(asc(travelSteps.createdAt), asc(travelSteps.id));
  const names = await orgUnitNames(db, rows.map((r) => r.actorOrgUnitId).filter((x): x is number => x != null), actor.locale);
  return rows.map((r) => ({
    id: r.id, kind: r.kind as Step['kind'], actorName: r.actorName, orgUnitName: r.actorOrgUnitId ? names.get(r.actorOrgUnitId) ?? null : null,
    comment: r.comment, detail: (r.detail as Record<string, unknown> | null) ?? null, createdAt: r.createdAt.toISOString(),
  }));
}

/** Who may download an application's files: whoever may read the application as it is now. */
export const travelAttachmentOwners: AttachmentOwners = { travel_application: { permission: 'travel.read', find: findApplication } };

export const travelRoutes: FastifyPluginAsyncZod = async (app) => {
  registerFieldLabels(app.prefix, TRAVEL_FIELDS);
  const { db } = app.database;
  const tags = ['travel'];
  const read = { permission: 'travel.read' as const };
  const apply = { permission: 'travel.apply' as const };
  const one = async (actor: Actor, row: Parameters<typeof presentApplications>[2][number]) => (await presentApplications(db, actor, [row]))[0];
  const params = idParamSchema;
  const appOut = { 200: applicationSchema };

  // The end of the publicity: `days` working days, or as many as the limits in force on the departure date
  // (else on the start) require, counted on the office's working-day calendar.
  app.get('/publicity-end', { config: read, schema: { tags, querystring: publicityEndQuerySchema, response: { 200: publicityEndSchema } } }, async (req) => {
    const { start, departDate } = req.query;
    const limits = req.query.days == null ? (await rulesOn(db, departDate ?? start)).limits : null;
    const days = req.query.days ?? limits?.params.publicityWorkingDays ?? DEFAULT_PUBLICITY_DAYS;
    const calendar = await workingCalendar(db);
    try {
      const end = days > 0 ? calendar.workingDaysEnd(start, days) : start;
      return { start, end, workingDays: days > 0 ? calendar.workingDaysBetween(start, end) : 0, days, documentNumber: limits?.documentNumber ?? null };
    } catch (err) {
      if (!(err instanceof CalendarNotCovered)) throw err;
      throw fieldError('start', 'err.calendarNotCovered', { year: err.year });
    }
  });

  // The rule checks of a form's current content, for the page to show beside each field while the user types.
  app.post('/check', { config: read, schema: { tags, body: applicationInputSchema.extend({ id: z.number().int().positive().max(2_147_483_647).optional() }), response: { 200: checkResultSchema } } }, async (req) => {
    const actor = actorOf(req);
    const input = normalizeInput(req.body);
    // The unit's plan takes part in the checks, so the unit must be one the caller may see.
    const orgUnitId = req.body.id ? (await findApplication(db, actor, req.body.id)).orgUnitId : await applyingUnit(db, actor, input.orgUnitId);
    const [result] = await checkAll(db, actor.locale, [{
      id: req.body.id, orgUnitId,
      trip: { ...input, year: Number(input.departDate.slice(0, 4)), planItemId: input.planItemId, inviterIntermediary: input.inviterIntermediary },
    }]);
    return result;
  });

  app.get('/applications', { config: read, schema: { tags, querystring: applicationListQuerySchema, response: { 200: applicationPageSchema } } },
    async (req) => listApplications(db, actorOf(req), req.query));
  app.post('/applications', { config: apply, schema: { tags, body: applicationInputSchema, response: { 201: applicationSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    return reply.code(201).send(await one(actor, await createApplication(db, actor, req.body)));
  });
  app.get('/applications/:id', { config: read, schema: { tags, params, response: appOut } }, async (req) => {
    const actor = actorOf(req);
    return one(actor, await findApplication(db, actor, req.params.id));
  });
  app.put('/applications/:id', { config: apply, schema: { tags, params, body: applicationUpdateSchema, response: appOut } }, async (req) => {
    const actor = actorOf(req);
    return one(actor, await updateApplication(db, actor, req.params.id, req.body));
  });
  app.post('/applications/:id/submit', { config: apply, schema: { tags, params, body: versionSchema, response: appOut } }, async (req) => {
    const actor = actorOf(req);
    return one(actor, await submitApplication(db, actor, req.params.id, req.body.version));
  });
  app.post('/applications/:id/withdraw', { config: apply, schema: { tags, params, body: versionSchema, response: appOut } }, async (req) => {
    const actor = actorOf(req);
    return one(actor, await withdrawApplication(db, actor, req.params.id, req.body.version));
  });
  app.post('/applications/:id/cancel', { config: apply, schema: { tags, params, body: cancelSchema, response: appOut } }, async (req) => {
    const actor = actorOf(req);
    return one(actor, await cancelApplication(db, actor, req.params.id, req.body.version, req.body.reason));
  });
  app.post('/applications/:id/review', { config: { permission: 'travel.review' }, schema: { tags, params, body: reviewActionSchema, response: appOut } }, async (req) => {
    const actor = actorOf(req);
    return one(actor, await reviewApplication(db, actor, req.params.id, req.body));
  });
  app.post('/applications/:id/decide', { config: { permission: 'travel.approve' }, schema: { tags, params, body: leaderDecisionSchema, response: appOut } }, async (req) => {
    const actor = actorOf(req);
    return one(actor, await leaderDecision(db, actor, req.params.id, req.body));
  });
  app.post('/applications/:id/trip-return', { config: read, schema: { tags, params, body: tripReturnSchema, response: appOut } }, async (req) => {
    const actor = actorOf(req);
    return one(actor, await recordReturn(db, actor, req.params.id, req.body));
  });
  app.post('/applications/:id/passports-returned', { config: { permission: 'travel.review' }, schema: { tags, params, body: passportsReturnedSchema, response: appOut } }, async (req) => {
    const actor = actorOf(req);
    return one(actor, await passportsReturned(db, actor, req.params.id, req.body));
  });
  app.post('/applications/:id/report', { config: read, schema: { tags, params, body: reportSchema, response: appOut } }, async (req) => {
    const actor = actorOf(req);
    return one(actor, await fileReport(db, actor, req.params.id, req.body));
  });
  app.get('/applications/:id/steps', { config: read, schema: { tags, params, response: { 200: z.array(stepSchema) } } }, async (req) => {
    const actor = actorOf(req);
    const row = await findApplication(db, actor, req.params.id);
    return stepsOf(db, actor, row.id);
  });
  app.get('/applications/:id/attachments', { config: read, schema: { tags, params, response: { 200: z.array(attachmentSchema) } } }, async (req) => {
    const row = await findApplication(db, actorOf(req), req.params.id);
    return listAttachments(db, 'travel_application', row.id);
  });
  app.post('/applications/:id/attachments', { config: read, schema: { tags, params, consumes: ['multipart/form-data'], response: { 201: attachmentSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await findApplication(db, actor, req.params.id);
    if (!can(actor, 'travel.apply') && !can(actor, 'travel.review')) throw forbidden();
    return reply.code(201).send(await saveAttachment(db, actor, { entityType: 'travel_application', entityId: row.id, orgUnitId: row.orgUnitId }, req));
  });
  app.get('/applications/:id/publicity-notice.docx', { config: read, schema: { tags, params } }, async (req, reply) => {
    const actor = actorOf(req);
    const shown = await one(actor, await findApplication(db, actor, req.params.id));
    const file = await publicityNoticeDocx(shown, actor.locale, shown.orgUnitName, clock.today(), await workingCalendar(db));
    await recordAudit(db, actor, { action: 'travelApplication.publicityNotice', entityType: 'travel_application', entityId: shown.id, orgUnitId: shown.orgUnitId });
    const name = actor.locale === 'en-US' ? `publicity-notice-${shown.id}.docx` : `出国（境）公示-${shown.id}.docx`;
    return reply.headers(downloadHeaders(name, DOCX)).send(file);
  });
  app.get('/applications/:id/approval-form.docx', { config: read, schema: { tags, params } }, async (req, reply) => {
    const actor = actorOf(req);
    const shown = await one(actor, await findApplication(db, actor, req.params.id));
    const file = await approvalFormDocx(shown, await stepsOf(db, actor, shown.id), actor.locale, shown.orgUnitName);
    await recordAudit(db, actor, { action: 'travelApplication.approvalForm', entityType: 'travel_application', entityId: shown.id, orgUnitId: shown.orgUnitId });
    const name = actor.locale === 'en-US' ? `approval-form-${shown.id}.docx` : `任务和预算审批意见表-${shown.id}.docx`;
    return reply.headers(downloadHeaders(name, DOCX)).send(file);
  });
  app.get('/batch-list.xlsx', { config: { permission: 'travel.export' }, schema: { tags, querystring: batchListQuerySchema } }, async (req, reply) => {
    const actor = actorOf(req);
    if (req.query.to < req.query.from) throw fieldError('to', 'err.dateRange');
    const shown = await presentApplications(db, actor, await decidedApplications(db, actor, req.query.from, req.query.to));
    await recordAudit(db, actor, { action: 'travelApplication.batchList', entityType: 'travel_application', orgUnitId: actor.orgUnitId, detail: { ...req.query, rows: shown.length } });
    const en = actor.locale === 'en-US';
    async function* rows(): AsyncIterable<Record<string, CellValue>> { for (const a of shown) yield batchListRow(a, actor.locale); }
    return reply.headers(xlsxHeaders(en ? `approved-trips-${req.query.from}-${req.query.to}.xlsx` : `因公出国（境）审批批次清单-${req.query.from}至${req.query.to}.xlsx`))
      .send(streamXlsx(en ? 'Approved trips' : '审批批次', batchListColumns(actor.locale), rows()));
  });
  app.get('/stats', { config: read, schema: { tags, querystring: travelPeriodSchema, response: { 200: travelStatsSchema } } }, async (req) => {
    if (req.query.to < req.query.from) throw fieldError('to', 'err.dateRange');
    return travelStats(db, actorOf(req), req.query.from, req.query.to);
  });

  await app.register(officeRoutes);
};

