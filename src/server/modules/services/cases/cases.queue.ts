/**
 * The window's queue: the cases of the caller's subtree by view and filter, each with its clock signal; the same list
 * as Excel; the bell's counts. The stored due dates are brought up to date with the calendar before each read.
 */
import type { CaseKind } from '@shared/contracts/services';
import { CASE_KINDS } from '@shared/contracts/services';
import type { CaseAlerts, CaseFilter, CaseQuery, QueueRow } from '@shared/contracts/services-cases';
import { CASE_KIND_LABELS, CASE_STATUS_LABELS, CLOCK_SIGNAL_LABELS, URGENCY_LABELS } from '@shared/labels/services';
import { labelOf, say, type Label } from '@shared/labels/labels';
import { clock } from '@server/clock';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import { recordAudit } from '@server/platform/audit/audit';
import type { WorkingCalendar } from '@server/platform/calendar/calendar';
import { workingCalendar } from '@server/platform/calendar/calendar.service';
import type { CellValue, Sheet } from '@server/platform/files/excel';
import { caseClock, storedSignal, warningHorizon } from './cases.clock';
import { presentCase } from './cases.presenter';
import * as repo from './cases.repository';
import * as queue from './queue.repository';
import { kindSettings } from './settings.service';
import type { KindSettingsRow } from './settings.repository';

/**
 * When the calendar changes (an office enters next year's notice, or an extra holiday), every running case's due
 * date must move with it. We check on read: workingCalendar(db) hands out the same calendar object until the
 * holiday notices change (its own fingerprint of the table), so a different object than the one the due dates were
 * last computed with means a recompute. Kept per database in this process: another process sharing the database
 * recomputes on its own first read after the change. Recomputing is idempotent (the dates follow from the events),
 * so two processes doing it both is harmless. Decided cases keep the due date they were judged on time against.
 */
const computedWith = new WeakMap<Db, WorkingCalendar>();

async function allSettings(db: Db): Promise<Record<CaseKind, KindSettingsRow>> {
  const rows = await Promise.all(CASE_KINDS.map((k) => kindSettings(db, k)));
  return Object.fromEntries(rows.map((r) => [r.kind, r])) as Record<CaseKind, KindSettingsRow>;
}

/** Recomputes the stored due date of every running case with the calendar and settings in force now. */
export async function recomputeDueDates(db: Db, calendar?: WorkingCalendar): Promise<number> {
  const cal = calendar ?? (await workingCalendar(db));
  const settings = await allSettings(db);
  const rows = await queue.listRunningCases(db);
  const events = await queue.listEventsOfCases(
    db,
    rows.map((r) => r.id),
  );
  const byCase = new Map<number, typeof events>();
  for (const e of events) {
    const list = byCase.get(e.caseId);
    if (list) list.push(e);
    else byCase.set(e.caseId, [e]);
  }
  const today = clock.today();
  let changed = 0;
  for (const row of rows) {
    const timed = caseClock(byCase.get(row.id) ?? [], settings[row.kind as CaseKind], row.urgency, cal, today);
    // A clock the calendar cannot answer keeps the date it had; one whose legal date alone runs past the calendar
    // still has its promise, which is what the stored due date is.
    const unanswered = timed.dueOn == null && timed.calendarNotCovered != null;
    if (!unanswered && timed.dueOn !== row.dueOn) {
      await repo.updateCaseDueOn(db, row.id, timed.dueOn);
      changed++;
    }
  }
  computedWith.set(db, cal);
  return changed;
}

/** The calendar in force, the stored due dates brought up to date with it first. */
export async function currentCalendar(db: Db): Promise<WorkingCalendar> {
  const cal = await workingCalendar(db);
  if (computedWith.get(db) !== cal) await recomputeDueDates(db, cal);
  return cal;
}

async function queueWindow(db: Db, actor: Actor, cal: WorkingCalendar) {
  const settings = await allSettings(db);
  const today = clock.today();
  const horizons = Object.fromEntries(CASE_KINDS.map((k) => [k, warningHorizon(settings[k].warningDays, cal, today)]));
  return { settings, window: { today, userId: actor.userId, horizons } };
}

function toRow(r: queue.QueueRowData, settings: Record<CaseKind, KindSettingsRow>, cal: WorkingCalendar, today: string): QueueRow {
  return { ...presentCase(r, r.assigneeName), ...storedSignal(r, settings[r.kind as CaseKind].warningDays, cal, today) };
}

/** A page of the queue. */
export async function listCases(db: Db, actor: Actor, q: CaseQuery) {
  const cal = await currentCalendar(db);
  const { settings, window } = await queueWindow(db, actor, cal);
  const { rows, total } = await queue.listQueue(db, scopeOf(actor), q, window, { offset: (q.page - 1) * q.pageSize, limit: q.pageSize });
  return { items: rows.map((r) => toRow(r, settings, cal, window.today)), total, page: q.page, pageSize: q.pageSize };
}

/** The bell: nothing rings on a weekend or a holiday (the office is closed; Monday's list says it all). */
export async function caseAlerts(db: Db, actor: Actor): Promise<CaseAlerts> {
  const cal = await currentCalendar(db);
  const today = clock.today();
  let workingDay = false;
  try {
    workingDay = cal.isWorkingDay(today);
  } catch {
    workingDay = false;
  }
  if (!workingDay) return { workingDay, dueToday: 0, warning: 0, overdue: 0 };
  const { window } = await queueWindow(db, actor, cal);
  return { workingDay, ...(await queue.countAlerts(db, scopeOf(actor), window)) };
}

const EXPORT_LIMIT = 20_000;
const COLUMNS: Array<{ key: keyof QueueRow; label: Label; width?: number }> = [
  { key: 'number', label: { zh: '受理编号', en: 'Case number' }, width: 16 },
  { key: 'kind', label: { zh: '事项', en: 'Kind' }, width: 20 },
  { key: 'applicantName', label: { zh: '申请单位/申请人', en: 'Applicant' }, width: 24 },
  { key: 'title', label: { zh: '事由', en: 'Subject' }, width: 24 },
  { key: 'status', label: { zh: '状态', en: 'Status' } },
  { key: 'urgency', label: { zh: '时限', en: 'Urgency' } },
  { key: 'submittedOn', label: { zh: '提交日期', en: 'Submitted' } },
  { key: 'acceptedOn', label: { zh: '受理日期', en: 'Accepted' } },
  { key: 'dueOn', label: { zh: '承诺办结日', en: 'Due' } },
  { key: 'signal', label: { zh: '时限提示', en: 'Clock' } },
  { key: 'workingDaysLeft', label: { zh: '剩余工作日', en: 'Working days left' } },
  { key: 'decidedOn', label: { zh: '办结日期', en: 'Decided' } },
  { key: 'assigneeName', label: { zh: '承办人', en: 'Handled by' } },
  { key: 'pieces', label: { zh: '份数', en: 'Pieces' } },
  { key: 'persons', label: { zh: '人次', en: 'Persons' } },
];

/** The queue exactly as filtered, as a sheet; handing it out is audited before the first byte leaves. */
export async function casesSheet(db: Db, actor: Actor, f: CaseFilter): Promise<Sheet> {
  const cal = await currentCalendar(db);
  const { settings, window } = await queueWindow(db, actor, cal);
  const { rows } = await queue.listQueue(db, scopeOf(actor), f, window, { offset: 0, limit: EXPORT_LIMIT });
  await recordAudit(db, actor, {
    action: 'serviceCase.export',
    entityType: 'service_case',
    orgUnitId: actor.orgUnitId,
    detail: { filter: f, rows: rows.length },
  });
  const l = actor.locale;
  async function* cells(): AsyncGenerator<Record<string, CellValue>> {
    for (const r of rows) {
      const row = toRow(r, settings, cal, window.today);
      const { countries: _countries, ...plain } = row;
      yield {
        ...plain,
        kind: labelOf(CASE_KIND_LABELS, row.kind, l),
        status: labelOf(CASE_STATUS_LABELS, row.status, l),
        urgency: labelOf(URGENCY_LABELS, row.urgency, l),
        signal: labelOf(CLOCK_SIGNAL_LABELS, row.signal, l),
      } as unknown as Record<string, CellValue>;
    }
  }
  return {
    fileName: `${say({ zh: '办件清单', en: 'Cases' }, l)}-${window.today}.xlsx`,
    sheetName: say({ zh: '办件', en: 'Cases' }, l),
    columns: COLUMNS.map((c) => ({ key: c.key, header: say(c.label, l), width: c.width })),
    rows: cells(),
  };
}
