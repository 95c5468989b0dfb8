/** The three registers as Excel sheets: exactly the rows of the list's filter, audited before the first byte leaves. */
import type { z } from 'zod';
import type { cityListQuerySchema, eventListQuerySchema, visitListQuerySchema } from '@shared/contracts/exchanges';
import { say, type Label } from '@shared/labels/labels';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { recordAudit } from '@server/platform/audit/audit';
import type { CellValue, Sheet, XlsxColumn } from '@server/platform/files/excel';
import { citiesInScope } from './cities.service';
import { eventsToExport } from './events.service';
import { orgNames } from './exchanges.common';
import { cityExportColumns, cityExportRow, eventExportColumns, eventExportRow, visitExportColumns, visitExportRow } from './exchanges.excel';
import { visitsToExport } from './visits.service';
import { clock } from '@server/clock';

type Filter<S extends z.ZodObject> = Omit<z.output<S>, 'page' | 'pageSize'>;

async function* rowsOf<T>(items: T[], map: (t: T) => Record<string, CellValue>) {
  for (const i of items) yield map(i);
}

async function sheetOf<R extends { orgUnitId: number }>(
  db: Db,
  actor: Actor,
  rows: R[],
  audit: { action: 'visit.export' | 'event.export' | 'friendshipCity.export'; entityType: string; filter: Record<string, unknown> },
  file: Label,
  sheet: Label,
  columns: XlsxColumn[],
  row: (r: R, orgName: string) => Record<string, CellValue>,
): Promise<Sheet> {
  const names = await orgNames(
    db,
    actor,
    rows.map((r) => r.orgUnitId),
  );
  await recordAudit(db, actor, {
    action: audit.action,
    entityType: audit.entityType,
    orgUnitId: actor.orgUnitId,
    detail: { filter: audit.filter, rows: rows.length },
  });
  const today = clock.today();
  return {
    fileName: `${say(file, actor.locale)}-${today}.xlsx`,
    sheetName: say(sheet, actor.locale),
    columns,
    rows: rowsOf(rows, (r) => row(r, names.get(r.orgUnitId) ?? '')),
  };
}

export async function visitSheet(db: Db, actor: Actor, q: Filter<typeof visitListQuerySchema>): Promise<Sheet> {
  return sheetOf(
    db,
    actor,
    await visitsToExport(db, actor, q),
    { action: 'visit.export', entityType: 'visit', filter: q },
    { zh: '来访接待', en: 'visits' },
    { zh: '来访', en: 'Visits' },
    visitExportColumns(actor.locale),
    (v, name) => visitExportRow(v, name, actor.locale),
  );
}

export async function eventSheet(db: Db, actor: Actor, q: Filter<typeof eventListQuerySchema>): Promise<Sheet> {
  return sheetOf(
    db,
    actor,
    await eventsToExport(db, actor, q),
    { action: 'event.export', entityType: 'event', filter: q },
    { zh: '外事活动', en: 'events' },
    { zh: '外事活动', en: 'Events' },
    eventExportColumns(actor.locale),
    (e, name) => eventExportRow(e, name, actor.locale),
  );
}

export async function citySheet(db: Db, actor: Actor, q: Filter<typeof cityListQuerySchema>): Promise<Sheet> {
  return sheetOf(
    db,
    actor,
    await citiesInScope(db, actor, q),
    { action: 'friendshipCity.export', entityType: 'friendship_city', filter: q },
    { zh: '国际友好城市', en: 'friendship-cities' },
    { zh: '友好城市', en: 'Friendship cities' },
    cityExportColumns(actor.locale),
    (c, name) => cityExportRow(c, name, actor.locale),
  );
}
