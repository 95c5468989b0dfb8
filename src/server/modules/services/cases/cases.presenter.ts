/** A case as the API sends it: its row, its clock, what the caller may do, its history and its checklist. */
import type { CaseKind } from '@shared/contracts/services';
import type { CaseDetail, CaseDocument, ChecklistItem, ServiceCase } from '@shared/contracts/services-cases';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import { displayNames } from '@server/platform/users/users.service';
import { casePolicy } from './cases.policy';
import * as repo from './cases.repository';
import type { CaseRow } from './cases.repository';
import { clockOf, factsOf, pendingExtension } from './cases.workflow';
import { listCaseDocuments, type CaseDocumentRow } from './documents.repository';
import type { ChecklistItemRow } from './settings.repository';
import { checklistOf } from './settings.service';

export function presentCase(row: CaseRow, assigneeName: string | null): ServiceCase {
  return {
    id: row.id,
    kind: row.kind as ServiceCase['kind'],
    number: row.number,
    status: row.status as ServiceCase['status'],
    orgUnitId: row.orgUnitId,
    officeId: row.officeId,
    unitId: row.unitId,
    applicantName: row.applicantName,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    applicantIdNumber: row.applicantIdNumber,
    urgency: row.urgency as ServiceCase['urgency'],
    title: row.title,
    submittedOn: row.submittedOn,
    acceptedOn: row.acceptedOn,
    decidedOn: row.decidedOn,
    closedOn: row.closedOn,
    dueOn: row.dueOn,
    assigneeId: row.assigneeId,
    assigneeName,
    pieces: row.pieces,
    persons: row.persons,
    countries: row.countries,
    delivery: row.delivery as ServiceCase['delivery'],
    deliveryAddress: row.deliveryAddress,
    resultNote: row.resultNote,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentItem(i: ChecklistItemRow): ChecklistItem {
  return {
    id: i.id,
    kind: i.kind as CaseKind,
    position: i.position,
    nameZh: i.nameZh,
    nameEn: i.nameEn,
    required: i.required,
    originalOrCopy: i.originalOrCopy as ChecklistItem['originalOrCopy'],
    fileTypes: i.fileTypes,
    maxKb: i.maxKb,
    note: i.note,
    archived: !!i.archivedAt,
    version: i.version,
  };
}

export function presentDocument(d: CaseDocumentRow): CaseDocument {
  return {
    id: d.id,
    itemId: d.itemId,
    attachmentId: d.attachmentId,
    fileName: d.fileName,
    sizeBytes: d.sizeBytes,
    status: d.status as CaseDocument['status'],
    originalSeen: d.originalSeen,
    note: d.note,
    version: d.version,
  };
}

/** Everything the case page shows, as the caller may see it. */
export async function presentDetail(db: Db, actor: Actor, row: CaseRow): Promise<CaseDetail> {
  const events = await repo.listCaseEvents(db, scopeOf(actor), row.id);
  const [timed, items, names, docs] = await Promise.all([
    clockOf(db, row, events),
    checklistOf(db, row.kind as CaseKind, true),
    displayNames(db, row.assigneeId ? [row.assigneeId] : []),
    listCaseDocuments(db, scopeOf(actor), row.id),
  ]);
  return {
    case: presentCase(row, row.assigneeId ? (names.get(row.assigneeId) ?? null) : null),
    clock: timed,
    can: casePolicy.can(actor, factsOf(row, events)),
    events: events.map((e) => ({
      id: e.id,
      step: e.step,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      onDate: e.onDate,
      actorName: e.actorName,
      reason: e.reason,
      detail: e.detail as Record<string, unknown>,
      at: e.at.toISOString(),
    })),
    // Archived items stay on a case that holds documents for them.
    checklist: items
      .filter((i) => !i.archivedAt || docs.some((d) => d.itemId === i.id))
      .map((i) => ({ ...presentItem(i), documents: docs.filter((d) => d.itemId === i.id).map(presentDocument) })),
    pendingExtension: pendingExtension(events),
  };
}
