import type { VisaPassport } from '@shared/contracts/services-visa';
import { countryName } from '@shared/reference/countries';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { workingCalendar } from '@server/platform/calendar/calendar.service';
import type { CaseRow } from '../cases/cases.repository';
import type { VisaPassportRow } from './visa.repository';
import { factsOf } from './visa.service';
import { visaPassportPolicy } from './visa.policy';
import { correctBy } from './visa.rules';

/** The passports as the panel shows them, each with the steps the caller may take now. */
export async function presentPassports(db: Db, actor: Actor, row: CaseRow, rows: VisaPassportRow[]): Promise<VisaPassport[]> {
  const cal = await workingCalendar(db);
  return rows.map((p) => ({
    id: p.id,
    caseId: p.caseId,
    holderName: p.holderName,
    passportNumber: p.passportNumber,
    country: p.country,
    countryName: countryName(p.country, actor.locale),
    visaType: p.visaType as VisaPassport['visaType'],
    papers: p.papers,
    status: p.status as VisaPassport['status'],
    sentOn: p.sentOn,
    resultOn: p.resultOn,
    resultNote: p.resultNote,
    returnedOn: p.returnedOn,
    clerkName: p.clerkName,
    noticedOn: p.noticedOn,
    noticeNote: p.noticeNote,
    correctBy: p.noticedOn ? correctBy(cal, p.noticedOn) : null,
    correctedOn: p.correctedOn,
    notAcceptedReason: p.notAcceptedReason,
    travelApplicationId: p.travelApplicationId,
    travelPassportId: p.travelPassportId,
    archived: !!p.archivedAt,
    archiveReason: p.archiveReason,
    version: p.version,
    can: visaPassportPolicy.can(actor, factsOf(cal, row, p)),
  }));
}
