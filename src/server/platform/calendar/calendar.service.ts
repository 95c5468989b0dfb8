import { asc, count, eq, isNull, max, sql, sum } from 'drizzle-orm';
import type { CalendarDay, CalendarNoticeInput, CalendarNoticeUpdate, CalendarYearDetail, CalendarYearSummary } from '@shared/contracts/calendar';
import { clock } from '@server/clock';
import type { Db } from '@server/db/client';
import { orgUnits } from '../platform.table';
import { holidayNoticeDays, holidayNotices } from './calendar.table';
import { changedFields, recordAudit } from '../audit/audit';
import type { AuditEventTypes } from '../audit/events';
import { WorkingCalendar, packageCalendar, type CalendarYear, type DayKind } from './calendar';
import { AppError, conflict, notFound } from '../http/errors';
import type { MessageKey } from '../i18n/i18n';
import type { Actor } from '../access/actor';

type NoticeRow = typeof holidayNotices.$inferSelect;
const ENTITY = 'holiday_notice';

/*
 * The calendar as every working-day computation sees it: the package's years with the office's entries
 * over them, kept in memory per database. Several app processes may share one PostgreSQL, so before each
 * use one cheap aggregate over holiday_notices (count, highest id, sum of versions) tells whether anything
 * changed since the calendar was built: any create raises the highest id (ids are never reused), any delete
 * without a create lowers the count, and any edit raises its notice's version (days are only written with
 * their notice). Writes in this process drop the cached calendar as well.
 */
const cache = new WeakMap<Db, { key: string; calendar: WorkingCalendar }>();

async function fingerprint(db: Db): Promise<string> {
  const [row] = await db.select({ n: count(), top: max(holidayNotices.id), versions: sum(holidayNotices.version) }).from(holidayNotices);
  return `${row.n}:${row.top ?? 0}:${row.versions ?? 0}`;
}

async function officeYears(db: Db): Promise<CalendarYear[]> {
  const [notices, days] = await Promise.all([
    db.select({ id: holidayNotices.id, year: holidayNotices.year }).from(holidayNotices),
    db.select().from(holidayNoticeDays).orderBy(asc(holidayNoticeDays.date)),
  ]);
  const byId = new Map<number, CalendarYear>(notices.map((n) => [n.id, { year: n.year, source: 'office', days: new Map() }]));
  for (const d of days) byId.get(d.noticeId)?.days.set(d.date, { kind: d.kind as DayKind, name: d.name });
  return [...byId.values()];
}

/** The working-day calendar in force now: chinese-days' years, each replaced by the office's entry where there is one. */
export async function workingCalendar(db: Db): Promise<WorkingCalendar> {
  const key = await fingerprint(db);
  const hit = cache.get(db);
  if (hit?.key === key) return hit.calendar;
  // Read after the fingerprint: the calendar is never older than the key it is stored under.
  const calendar = new WorkingCalendar(await officeYears(db));
  cache.set(db, { key, calendar });
  return calendar;
}

const packageHas = (year: number) => packageCalendar.yearOf(year) != null;

function counts(y: CalendarYear) {
  let holidays = 0;
  for (const d of y.days.values()) if (d.kind === 'holiday') holidays++;
  return { holidays, workdays: y.days.size - holidays };
}

function summary(y: CalendarYear, notice: NoticeRow | undefined): CalendarYearSummary {
  return {
    year: y.year,
    source: y.source,
    packageHasYear: packageHas(y.year),
    documentNumber: notice?.documentNumber ?? null,
    ...counts(y),
    version: notice?.version ?? null,
    updatedAt: notice?.updatedAt.toISOString() ?? null,
  };
}

/** Every covered year, newest first, with where its days come from. */
export async function listCalendarYears(db: Db): Promise<CalendarYearSummary[]> {
  const calendar = await workingCalendar(db);
  const notices = new Map((await db.select().from(holidayNotices)).map((n) => [n.year, n]));
  return calendar
    .coveredYears()
    .reverse()
    .map((y) => summary(y, notices.get(y.year)));
}

/** One covered year's special days and, for an office year, its notice. 404 when the year is not covered. */
export async function readCalendarYear(db: Db, year: number): Promise<CalendarYearDetail> {
  const calendar = await workingCalendar(db);
  const y = calendar.yearOf(year);
  if (!y) throw notFound();
  const [notice] = await db.select().from(holidayNotices).where(eq(holidayNotices.year, year));
  return {
    ...summary(y, y.source === 'office' ? notice : undefined),
    title: notice?.title ?? null,
    issuedOn: notice?.issuedOn ?? null,
    notes: notice?.notes ?? null,
    days: [...y.days].map(([date, d]) => ({ date, ...d })).sort((a, b) => a.date.localeCompare(b.date)),
  };
}

/** The calendar is one for the whole installation: only an administrator of the root office changes it. */
export async function assertCalendarKeeper(db: Db, actor: Actor) {
  const [root] = await db.select({ id: orgUnits.id }).from(orgUnits).where(isNull(orgUnits.parentId)).orderBy(asc(orgUnits.id)).limit(1);
  if (actor.scopePath.split('/').filter(Boolean).length !== 1 || root?.id !== actor.orgUnitId) throw new AppError(403, 'err.calendarKeeper');
}

export interface DayProblem {
  index: number;
  field: 'date' | 'kind';
  key: MessageKey;
  params: Record<string, string | number>;
}

/**
 * What is wrong with a year's list of days: a date of another year, a date listed twice, a make-up working
 * day on a weekday (it would change nothing: surely a typo), no holiday at all.
 */
export function dayProblems(year: number, days: CalendarDay[]): { problems: DayProblem[]; noHolidays: boolean } {
  const problems: DayProblem[] = [];
  const seen = new Set<string>();
  days.forEach((d, index) => {
    if (Number(d.date.slice(0, 4)) !== year) problems.push({ index, field: 'date', key: 'err.calendarDayYear', params: { date: d.date, year } });
    else if (seen.has(d.date)) problems.push({ index, field: 'date', key: 'err.calendarDayDuplicate', params: { date: d.date } });
    else if (d.kind === 'workday' && isWeekday(d.date)) {
      problems.push({ index, field: 'kind', key: 'err.calendarWorkdayWeekday', params: { date: d.date } });
    }
    seen.add(d.date);
  });
  return { problems, noHolidays: !days.some((d) => d.kind === 'holiday' && Number(d.date.slice(0, 4)) === year) };
}

const isWeekday = (date: string) => {
  const w = new Date(`${date}T00:00:00Z`).getUTCDay();
  return w !== 0 && w !== 6;
};

function assertDays(year: number, days: CalendarDay[]) {
  const { problems, noHolidays } = dayProblems(year, days);
  const fields = problems.map((p) => ({ path: `days.${p.index}.${p.field}`, key: p.key, params: p.params }));
  if (noHolidays) fields.push({ path: 'days', key: 'err.calendarNoHolidays', params: {} });
  if (fields.length) throw new AppError(400, 'err.validation', {}, fields);
}

const sorted = (days: CalendarDay[]) => [...days].sort((a, b) => a.date.localeCompare(b.date)).map((d) => ({ date: d.date, kind: d.kind, name: d.name }));

async function daysOf(tx: Db, noticeId: number): Promise<CalendarDay[]> {
  const rows = await tx.select().from(holidayNoticeDays).where(eq(holidayNoticeDays.noticeId, noticeId)).orderBy(asc(holidayNoticeDays.date));
  return rows.map((d) => ({ date: d.date, kind: d.kind as DayKind, name: d.name }));
}

async function writeDays(tx: Db, noticeId: number, days: CalendarDay[]) {
  await tx.delete(holidayNoticeDays).where(eq(holidayNoticeDays.noticeId, noticeId));
  if (days.length) await tx.insert(holidayNoticeDays).values(days.map((d) => ({ noticeId, date: d.date, kind: d.kind, name: d.name })));
}

const noticeFields = (n: Pick<NoticeRow, 'documentNumber' | 'title' | 'issuedOn' | 'notes'>) => ({
  documentNumber: n.documentNumber,
  title: n.title,
  issuedOn: n.issuedOn,
  notes: n.notes,
});

const isUniqueViolation = (err: unknown) => {
  const e = err as { code?: string; cause?: { code?: string } };
  return e.code === '23505' || e.cause?.code === '23505';
};

/** Enters a year's notice. 409 when the office has entered the year already. Audited with everything entered. */
/** An entry made by importing a sheet: audited as calendar.import with the file it came from. */
type Imported = AuditEventTypes['calendar.import'];

export async function createCalendarNotice(db: Db, actor: Actor, input: CalendarNoticeInput, imported?: Imported): Promise<CalendarYearDetail> {
  await assertCalendarKeeper(db, actor);
  assertDays(input.year, input.days);
  const days = sorted(input.days);
  const now = clock.now();
  try {
    await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(holidayNotices)
        .values({
          year: input.year,
          ...noticeFields(input),
          orgUnitId: actor.orgUnitId,
          createdBy: actor.userId,
          updatedBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await writeDays(tx, row.id, days);
      const entry = { entityType: ENTITY, entityId: row.id, orgUnitId: actor.orgUnitId, after: { year: input.year, ...noticeFields(row), days } };
      await recordAudit(tx, actor, imported ? { ...entry, action: 'calendar.import', detail: imported } : { ...entry, action: 'calendar.create' });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError(409, 'err.calendarYearExists', { year: input.year });
    throw err;
  }
  cache.delete(db);
  return readCalendarYear(db, input.year);
}

/** Corrects an entered year on `version`: a stale version writes nothing and answers 409. Audited with the fields and days that changed. */
export async function updateCalendarNotice(db: Db, actor: Actor, year: number, input: CalendarNoticeUpdate, imported?: Imported): Promise<CalendarYearDetail> {
  await assertCalendarKeeper(db, actor);
  assertDays(year, input.days);
  const [current] = await db.select().from(holidayNotices).where(eq(holidayNotices.year, year));
  if (!current) throw notFound();
  const days = sorted(input.days);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(holidayNotices)
      .set({ ...noticeFields(input), version: sql`${holidayNotices.version} + 1`, updatedAt: clock.now(), updatedBy: actor.userId })
      .where(sql`${holidayNotices.id} = ${current.id} and ${holidayNotices.version} = ${input.version}`)
      .returning();
    if (!row) throw conflict();
    const before = { ...noticeFields(current), days: await daysOf(tx, current.id) };
    await writeDays(tx, current.id, days);
    const diff = changedFields(before, { ...noticeFields(input), days });
    const entry = { entityType: ENTITY, entityId: current.id, orgUnitId: actor.orgUnitId, before: diff?.before, after: diff?.after };
    await recordAudit(tx, actor, imported ? { ...entry, action: 'calendar.import', detail: imported } : { ...entry, action: 'calendar.update' });
  });
  cache.delete(db);
  return readCalendarYear(db, year);
}

/**
 * Deletes the office's entry of a year: the package's data for it applies again, or the year is no longer
 * covered. Audited with everything deleted.
 */
export async function deleteCalendarNotice(db: Db, actor: Actor, year: number, version: number): Promise<void> {
  await assertCalendarKeeper(db, actor);
  const [current] = await db.select().from(holidayNotices).where(eq(holidayNotices.year, year));
  if (!current) throw notFound();
  await db.transaction(async (tx) => {
    const before = { year, ...noticeFields(current), days: await daysOf(tx, current.id) };
    const gone = await tx
      .delete(holidayNotices)
      .where(sql`${holidayNotices.id} = ${current.id} and ${holidayNotices.version} = ${version}`)
      .returning({ id: holidayNotices.id });
    if (!gone.length) throw conflict();
    await tx.delete(holidayNoticeDays).where(eq(holidayNoticeDays.noticeId, current.id));
    await recordAudit(tx, actor, { action: 'calendar.delete', entityType: ENTITY, entityId: current.id, orgUnitId: actor.orgUnitId, before });
  });
  cache.delete(db);
}
