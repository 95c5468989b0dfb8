/** What leaves the office as a file: the Word documents of an application, the batch list, and the application's attachments. */
import type { Locale } from '@shared/contracts/common';
import type { Application } from '@shared/contracts/travel';
import { say, type Label } from '@shared/labels/labels';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import { recordAudit } from '@server/platform/audit/audit';
import { workingCalendar } from '@server/platform/calendar/calendar.service';
import { listAttachments, saveAttachment } from '@server/platform/files/attachments';
import type { CellValue } from '@server/platform/files/excel';
import { fieldError } from '@server/platform/http/errors';
import { clock } from '@server/clock';
import { decidedApplications } from '../repository/applications';
import { approvalFormDocx } from '../docx/approval-form';
import { publicityNoticeDocx } from '../docx/publicity-notice';
import { batchListColumns, batchListFileName, batchListRow, BATCH_LIST_TEXTS } from '../travel.excel';
import { applicationPolicy } from '../travel.policy';
import { applicationSteps, findApplication, loadForPolicy, presentApplication, presentApplications } from './applications';

/** A document as it is downloaded. */
export interface DocumentFile {
  name: string;
  content: Buffer;
}

const fileName = (label: Label, locale: Locale, id: number) => say(label, locale).replace('{id}', String(id));
const NAMES = {
  publicityNotice: { zh: '出国（境）公示-{id}.docx', en: 'publicity-notice-{id}.docx' },
  approvalForm: { zh: '任务和预算审批意见表-{id}.docx', en: 'approval-form-{id}.docx' },
} satisfies Record<string, Label>;

/** The publicity notice of an application the caller may read; the download is audited. */
export async function publicityNotice(db: Db, actor: Actor, id: number): Promise<DocumentFile> {
  const shown = await presentApplication(db, actor, await findApplication(db, actor, id));
  const content = await publicityNoticeDocx(shown, actor.locale, shown.orgUnitName, clock.today(), await workingCalendar(db));
  await recordAudit(db, actor, {
    action: 'travelApplication.publicityNotice',
    entityType: 'travel_application',
    entityId: shown.id,
    orgUnitId: shown.orgUnitId,
  });
  return { name: fileName(NAMES.publicityNotice, actor.locale, shown.id), content };
}

/** The approval form of an application the caller may read, with its review opinions; the download is audited. */
export async function approvalForm(db: Db, actor: Actor, id: number): Promise<DocumentFile> {
  const shown = await presentApplication(db, actor, await findApplication(db, actor, id));
  const content = await approvalFormDocx(shown, await applicationSteps(db, actor, shown.id), actor.locale, shown.orgUnitName);
  await recordAudit(db, actor, { action: 'travelApplication.approvalForm', entityType: 'travel_application', entityId: shown.id, orgUnitId: shown.orgUnitId });
  return { name: fileName(NAMES.approvalForm, actor.locale, shown.id), content };
}

/** The batch list of the trips approved in a period: its name, columns and rows; the export is audited before it streams. */
export async function batchList(db: Db, actor: Actor, q: { from: string; to: string }) {
  if (q.to < q.from) throw fieldError('to', 'err.dateRange');
  const shown: Application[] = await presentApplications(db, actor, await decidedApplications(db, scopeOf(actor), q.from, q.to));
  await recordAudit(db, actor, {
    action: 'travelApplication.batchList',
    entityType: 'travel_application',
    orgUnitId: actor.orgUnitId,
    detail: { ...q, rows: shown.length },
  });
  async function* rows(): AsyncIterable<Record<string, CellValue>> {
    for (const a of shown) yield batchListRow(a, actor.locale);
  }
  return {
    name: batchListFileName(actor.locale, q.from, q.to),
    sheet: say(BATCH_LIST_TEXTS.downloadSheet, actor.locale),
    columns: batchListColumns(actor.locale),
    rows: rows(),
  };
}

export async function applicationAttachments(db: Db, actor: Actor, id: number) {
  const row = await findApplication(db, actor, id);
  return listAttachments(db, 'travel_application', row.id);
}

/** Stores an uploaded file with an application the caller may add to. */
export async function addAttachment(db: Db, actor: Actor, id: number, req: Parameters<typeof saveAttachment>[3]) {
  const { row, facts } = await loadForPolicy(db, actor, id);
  applicationPolicy.authorize(actor, 'uploadAttachment', facts);
  return saveAttachment(db, actor, { entityType: 'travel_application', entityId: row.id, orgUnitId: row.orgUnitId }, req);
}
