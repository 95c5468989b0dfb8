/** Rows → the contracts the pages read: masked as the role must see them, each with `can` from the policy. */
import type { Resident, ResidentListItem } from '@shared/contracts/residents';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { areaChains } from '@server/platform/org/org.service';
import { reviewFlags } from './residents.normalize';
import { maskDocNumber, maySeeDocNumbers, residentPolicy } from './residents.policy';
import type { ResidentRow } from './residents.repository';
import { statusToday } from './residents.service';
import { clock } from '@server/clock';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The file as this user may see it, with what they may do to it. */
export async function presentResident(db: Db, actor: Actor, row: ResidentRow): Promise<Resident> {
  const chain = (await areaChains(db, [row.orgUnitId])).get(row.orgUnitId) ?? [];
  const seeDoc = maySeeDocNumbers(actor);
  return {
    ...row,
    status: statusToday(row),
    areaPath: chain,
    docNumber: seeDoc ? row.docNumber : maskDocNumber(row.docNumber),
    docNumberMasked: !seeDoc,
    visaNumber: seeDoc || !row.visaNumber ? row.visaNumber : maskDocNumber(row.visaNumber),
    createdAt: iso(row.createdAt)!,
    updatedAt: iso(row.updatedAt)!,
    can: residentPolicy.can(actor, row),
    reviewFlags: reviewFlags(row),
  } as Resident;
}

/** The rows of a list page with their area names, masked as the role must see them. */
export async function presentListItems(db: Db, actor: Actor, rows: ResidentRow[]): Promise<ResidentListItem[]> {
  const chains = await areaChains(
    db,
    rows.map((r) => r.orgUnitId),
  );
  const seeDoc = maySeeDocNumbers(actor);
  const today = clock.today();
  return rows.map((r) => {
    const chain = chains.get(r.orgUnitId) ?? [];
    return {
      id: r.id,
      orgUnitId: r.orgUnitId,
      status: statusToday(r, today),
      surname: r.surname,
      givenNames: r.givenNames,
      nameZh: r.nameZh,
      sex: r.sex,
      birthDate: r.birthDate,
      nationality: r.nationality,
      docType: r.docType,
      docNumber: seeDoc ? r.docNumber : maskDocNumber(r.docNumber),
      docNumberMasked: !seeDoc,
      docExpiry: r.docExpiry,
      visaType: r.visaType,
      visaExpiry: r.visaExpiry,
      arrivalDate: r.arrivalDate,
      employer: r.employer,
      accommodationRegistered: r.accommodationRegistered,
      tags: r.tags,
      version: r.version,
      updatedAt: r.updatedAt.toISOString(),
      areaName: chain.map((c) => c.nameZh).join(' / '),
      areaNameEn: chain.map((c) => c.nameEn).join(' / '),
      reviewFlags: reviewFlags(r),
    };
  });
}

/** A page of rows presented, with its total. */
export async function presentPage(db: Db, actor: Actor, { rows, total }: { rows: ResidentRow[]; total: number }, q: { page: number; pageSize: number }) {
  return { items: await presentListItems(db, actor, rows), total, page: q.page, pageSize: q.pageSize };
}
