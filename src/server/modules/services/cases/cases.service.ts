/** Opening a case and reading one: what every kind's service builds on. The steps after it live in the workflow. */
import type { CaseKind, DeliveryMethod, Urgency } from '@shared/contracts/services';
import { unitName } from '@shared/labels/platform';
import type { Db } from '@server/db/client';
import { can, type Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import { AppError, fieldError, notFound } from '@server/platform/http/errors';
import { findOrgUnit, getOrgUnitById } from '@server/platform/org/org.service';
import * as repo from './cases.repository';
import type { CaseEventRow, CaseRow } from './cases.repository';
import type { CaseKindHooks } from './kinds';

export interface OpenCaseInput {
  kind: CaseKind;
  /** The applying unit, when the window files a case for a unit; a unit's own contact always files for their unit. */
  unitId?: number;
  /** A person applying in their own name (at the window), for a kind persons may apply for. */
  personName?: string;
  applicantIdNumber?: string;
  contactName?: string;
  contactPhone?: string;
  urgency?: Urgency;
  title?: string;
  delivery?: DeliveryMethod;
  deliveryAddress?: string;
}

const OFFICE_KINDS = new Set(['city', 'district']);

/** The office that handles a unit's cases: the nearest district or city above it. */
async function officeAbove(db: Db, unitId: number): Promise<number> {
  let row = await getOrgUnitById(db, unitId);
  while (row && !OFFICE_KINDS.has(row.kind) && row.parentId) row = await getOrgUnitById(db, row.parentId);
  if (!row) throw notFound();
  return row.id;
}

/**
 * A new draft case. A unit's contact opens it for their own unit; window staff open it for a unit of their subtree
 * or, where the kind allows, for a person at the window (then the case belongs to the staff's office).
 */
export async function openCase(db: Db, actor: Actor, hooks: CaseKindHooks, input: OpenCaseInput): Promise<CaseRow> {
  const common = {
    kind: input.kind,
    contactName: input.contactName ?? null,
    contactPhone: input.contactPhone ?? null,
    urgency: input.urgency ?? 'normal',
    title: input.title ?? null,
    delivery: input.delivery ?? 'pickup',
    deliveryAddress: input.deliveryAddress ?? null,
    status: 'draft',
  };
  if (actor.role === 'unit_applicant') {
    if (!can(actor, 'services.apply')) throw new AppError(403, 'err.forbidden');
    const unit = await findOrgUnit(db, scopeOf(actor), actor.orgUnitId);
    if (!unit || unit.kind !== 'unit') throw new AppError(403, 'svc.case.unitOnly');
    return repo.addCase(db, actor, {
      ...common,
      orgUnitId: unit.id,
      unitId: unit.id,
      officeId: await officeAbove(db, unit.id),
      applicantName: unitName(unit, 'zh-CN'),
    });
  }
  if (!can(actor, 'services.handle')) throw new AppError(403, 'err.forbidden');
  if (input.unitId) {
    const unit = await findOrgUnit(db, scopeOf(actor), input.unitId);
    if (!unit) throw fieldError('unitId', 'err.notFound');
    if (unit.kind !== 'unit') throw fieldError('unitId', 'svc.case.notAUnit');
    return repo.addCase(db, actor, {
      ...common,
      orgUnitId: unit.id,
      unitId: unit.id,
      officeId: await officeAbove(db, unit.id),
      applicantName: unitName(unit, 'zh-CN'),
    });
  }
  if (!hooks.personsMayApply) throw fieldError('unitId', 'svc.case.unitOnly');
  if (!input.personName) throw fieldError('personName', 'err.required');
  return repo.addCase(db, actor, {
    ...common,
    orgUnitId: actor.orgUnitId,
    unitId: null,
    officeId: actor.orgUnitId,
    applicantName: input.personName,
    applicantIdNumber: input.applicantIdNumber ?? null,
  });
}

/** A case the caller may see, else 404. */
export async function findCase(db: Db, actor: Actor, id: number): Promise<CaseRow> {
  const row = await repo.findCase(db, scopeOf(actor), id);
  if (!row) throw notFound();
  return row;
}

/** Recomputes the figures a case counts in from its kind's facts, inside the transaction that changed them. */
export async function refreshFigures(tx: Db, hooks: CaseKindHooks, row: CaseRow): Promise<void> {
  if (!hooks.figures) return;
  await repo.updateCaseFigures(tx, row.id, await hooks.figures(tx, row));
}

/** A case's steps as the caller may see them, oldest first: what the forms of a case (templates area) are filled from. */
export async function caseEvents(db: Db, actor: Actor, row: CaseRow): Promise<CaseEventRow[]> {
  return repo.listCaseEvents(db, scopeOf(actor), row.id);
}
