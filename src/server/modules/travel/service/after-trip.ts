/** After the trip: the return as it happened, the passports back in the office's hands, the trip report. */
import type { z } from 'zod';
import type { Member, passportsReturnedSchema, reportSchema, tripReturnSchema } from '@shared/contracts/travel';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { AppError } from '@server/platform/http/errors';
import type { AppRow } from '../repository/applications';
import { returnTripPassports } from '../repository/passports';
import { approvedShape } from '../travel.check';
import { deadlinesAfterReturn, limitsFor } from '../travel.deadlines';
import { applicationPolicy } from '../travel.policy';
import { loadForPolicy } from './applications';
import { ruleVersions } from './rules';
import { step } from './workflow';

/** The trip as it happened; the passport and report deadlines start from the actual return date. */
export async function recordReturn(db: Db, actor: Actor, id: number, input: z.output<typeof tripReturnSchema>): Promise<AppRow> {
  const { row, facts } = await loadForPolicy(db, actor, id);
  applicationPolicy.authorize(actor, 'recordReturn', facts);
  if (input.actualReturn < input.actualDepart) throw new AppError(400, 'err.validation', {}, [{ path: 'actualReturn', key: 'err.dateRange' }]);
  const approved = approvedShape(row).members;
  const names = new Set(approved.map((m) => m.name));
  const stranger = input.actualMembers.find((n) => !names.has(n));
  if (stranger) throw new AppError(400, 'err.validation', {}, [{ path: 'actualMembers', key: 'err.travelActualMembers', params: { name: stranger } }]);
  const due = deadlinesAfterReturn(limitsFor(await ruleVersions(db), row.departDate), input.actualReturn);
  const official = approved.some((m: Member) => input.actualMembers.includes(m.name) && m.passportType !== 'private');
  return step(
    db,
    actor,
    row,
    input.version,
    {
      actualDepart: input.actualDepart,
      actualReturn: input.actualReturn,
      actualMembers: [...new Set(input.actualMembers)],
      passportsDue: official ? due.passportsDue : null,
      reportDue: due.reportDue,
    },
    'trip_return',
    null,
    { actualDepart: input.actualDepart, actualReturn: input.actualReturn, members: input.actualMembers.length },
  );
}

/** The office has the trip's passports back; passports it issued for the trip return to custody. */
export async function passportsReturned(db: Db, actor: Actor, id: number, input: z.output<typeof passportsReturnedSchema>): Promise<AppRow> {
  const { row, facts } = await loadForPolicy(db, actor, id);
  applicationPolicy.authorize(actor, 'passportsReturned', facts);
  return step(db, actor, row, input.version, { passportsReturnedOn: input.on }, 'passports_returned', null, { on: input.on }, (tx) =>
    returnTripPassports(tx, actor, row.id, input.on),
  );
}

/** The trip report, filed once after the return. */
export async function fileReport(db: Db, actor: Actor, id: number, input: z.output<typeof reportSchema>): Promise<AppRow> {
  const { row, facts } = await loadForPolicy(db, actor, id);
  applicationPolicy.authorize(actor, 'fileReport', facts);
  return step(db, actor, row, input.version, { reportFiledOn: input.filedOn, reportSummary: input.summary }, 'report_filed', null, { filedOn: input.filedOn });
}
