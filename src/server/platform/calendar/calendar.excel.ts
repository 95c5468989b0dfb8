import type { CalendarDay, CalendarImportResult } from '@shared/contracts/calendar';
import { parseFlexibleDate } from '@shared/reference/dates';
import { toHalfWidth } from '@shared/reference/normalize';
import type { Db } from '@server/db/client';
import { holidayNotices } from './calendar.table';
import { eq } from 'drizzle-orm';
import { createCalendarNotice, dayProblems, updateCalendarNotice } from './calendar.service';
import { AppError, conflict, fieldError } from '../http/errors';
import { HeaderNotFoundError, readSheet, type CellValue, type ColumnSpec } from '../files/excel';
import { translate } from '../i18n/i18n';
import type { Actor } from '../access/actor';

type Key = 'date' | 'kind' | 'name' | 'documentNumber';
const SPECS: ColumnSpec<Key>[] = [
  { key: 'date', headers: ['日期', '放假日期', '调整日期', 'Date'], date: true },
  { key: 'kind', headers: ['类型', '类别', '安排', '放假/上班', 'Type', 'Kind'] },
  { key: 'name', headers: ['名称', '节日', '节日名称', '节假日', 'Name', 'Holiday', 'Festival'] },
  { key: 'documentNumber', headers: ['文号', '发文字号', '通知文号', 'Document number', 'Document No', 'Doc number'] },
];

const HOLIDAY_WORDS = ['放假', '休', '假', '休息', '放假日', '休假', '节假日', 'holiday', 'off', 'dayoff'];
const WORKDAY_WORDS = ['调休上班', '上班', '班', '补班', '调休', '调休补班', '工作日', 'workday', 'workingday', 'makeupday', 'make-upworkingday', 'work'];

/** 放假 → holiday, 调休上班 → workday; the sheet's own words, either language. */
export function parseDayKind(cell: CellValue): CalendarDay['kind'] | null {
  const s = toHalfWidth(String(cell ?? ''))
    .trim()
    .toLowerCase()
    .replace(/[\s_]/g, '');
  if (HOLIDAY_WORDS.includes(s)) return 'holiday';
  if (WORKDAY_WORDS.includes(s)) return 'workday';
  return null;
}

const text = (c: CellValue | undefined) => (c == null ? '' : String(c).trim());

export interface ImportOptions {
  year?: number;
  documentNumber?: string;
  version?: number;
  fileName: string;
}

/**
 * A year's notice from a sheet of 日期 / 类型 (放假 or 调休上班) / 名称 rows, with the document number in a
 * 文号 column or given with the upload. All or nothing: a calendar missing one holiday would count it as a
 * working day, so any rejected row saves nothing and the rows come back with their reasons. When the office
 * has entered the year already, the sheet replaces that entry on `version` (409 when stale or not given).
 */
export async function importCalendarSheet(db: Db, actor: Actor, filePath: string, opts: ImportOptions): Promise<CalendarImportResult> {
  const say = (key: Parameters<typeof translate>[1], params: Record<string, string | number> = {}) => translate(actor.locale, key, params);
  const rows: Array<{ row: number; day: CalendarDay }> = [];
  const rejected: CalendarImportResult['rejected'] = [];
  let documentNumber = opts.documentNumber ?? '';
  try {
    for await (const r of readSheet(filePath, SPECS, ['date', 'kind'])) {
      const cell = r.values.date ?? null;
      const date = parseFlexibleDate(typeof cell === 'boolean' ? String(cell) : cell);
      const kind = parseDayKind(r.values.kind ?? null);
      if (!documentNumber && text(r.values.documentNumber)) documentNumber = text(r.values.documentNumber);
      if (!date.ok) {
        rejected.push({ row: r.rowNumber, reason: say('err.calendarRowDate', { value: text(r.values.date) }) });
        continue;
      }
      if (!kind) {
        rejected.push({ row: r.rowNumber, reason: say('err.calendarRowKind', { value: text(r.values.kind) }) });
        continue;
      }
      rows.push({ row: r.rowNumber, day: { date: date.value, kind, name: text(r.values.name).slice(0, 50) } });
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (err instanceof HeaderNotFoundError) throw new AppError(400, 'err.calendarNoHeader');
    throw new AppError(400, 'err.badWorkbook', { detail: String((err as Error).message ?? err) });
  }
  if (!rows.length && !rejected.length) throw new AppError(400, 'err.calendarSheetEmpty');
  const year = opts.year ?? (rows.length ? Number(rows[0].day.date.slice(0, 4)) : null);
  if (year != null) {
    const { problems } = dayProblems(
      year,
      rows.map((r) => r.day),
    );
    for (const p of problems) rejected.push({ row: rows[p.index].row, reason: say(p.key, p.params) });
  }
  rejected.sort((a, b) => a.row - b.row);
  if (rejected.length || year == null) return { saved: null, rejected };
  if (!documentNumber) throw fieldError('documentNumber', 'err.calendarDocumentNumber');
  const days = rows.map((r) => r.day);
  const detail = { file: opts.fileName, rows: rows.length };
  const [existing] = await db.select({ version: holidayNotices.version }).from(holidayNotices).where(eq(holidayNotices.year, year));
  if (!existing) {
    return { saved: await createCalendarNotice(db, actor, { year, documentNumber, title: '', issuedOn: null, notes: null, days }, detail), rejected };
  }
  if (opts.version == null) throw new AppError(409, 'err.calendarYearExists', { year });
  if (opts.version !== existing.version) throw conflict();
  const [current] = await db.select().from(holidayNotices).where(eq(holidayNotices.year, year));
  return {
    saved: await updateCalendarNotice(
      db,
      actor,
      year,
      {
        documentNumber,
        title: current.title,
        issuedOn: current.issuedOn,
        notes: current.notes,
        days,
        version: opts.version,
      },
      detail,
    ),
    rejected,
  };
}
