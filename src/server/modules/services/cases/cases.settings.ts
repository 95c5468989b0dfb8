/**
 * The office's settings of the window: a kind's limits and its documents checklist. One set for the installation
 * (every office promises the same), so only the root office's staff with services.manage change them; a change of
 * the limits moves the due dates of the running cases in the same transaction.
 */
import type { z } from 'zod';
import type { CaseKind } from '@shared/contracts/services';
import type { checklistItemInputSchema, checklistItemUpdateSchema, KindSettingsPage, kindSettingsUpdateSchema } from '@shared/contracts/services-cases';
import { clock } from '@server/clock';
import type { Db } from '@server/db/client';
import { can, type Actor } from '@server/platform/access/actor';
import { changedFields, recordAudit } from '@server/platform/audit/audit';
import { AppError, conflict, notFound } from '@server/platform/http/errors';
import { presentItem } from './cases.presenter';
import { recomputeDueDates } from './cases.queue';
import * as repo from './settings.repository';
import { checklistOf, kindSettings } from './settings.service';

const atRoot = (actor: Actor) => actor.scopePath.split('/').filter(Boolean).length === 1;
export const mayManage = (actor: Actor) => can(actor, 'services.manage') && atRoot(actor);
function assertManager(actor: Actor) {
  if (!mayManage(actor)) throw new AppError(403, 'svc.case.settingsKeeper');
}

export async function settingsPage(db: Db, actor: Actor, kind: CaseKind): Promise<KindSettingsPage> {
  const [s, items] = await Promise.all([kindSettings(db, kind), checklistOf(db, kind, true)]);
  return {
    settings: {
      kind,
      legalLimitDays: s.legalLimitDays,
      promisedLimitDays: s.promisedLimitDays,
      urgentLimitDays: s.urgentLimitDays,
      warningDays: s.warningDays,
      stageLimits: s.stageLimits as Record<string, number>,
      source: s.source,
      version: s.version,
    },
    checklist: items.map(presentItem),
    canManage: mayManage(actor),
  };
}

export async function updateSettings(db: Db, actor: Actor, kind: CaseKind, body: z.infer<typeof kindSettingsUpdateSchema>): Promise<KindSettingsPage> {
  assertManager(actor);
  const current = await kindSettings(db, kind);
  const { version, ...changes } = body;
  await db.transaction(async (tx) => {
    const row = await repo.updateKindSettings(tx, kind, version, changes, actor.userId);
    if (!row) throw conflict();
    const diff = changedFields(current, changes);
    await recordAudit(tx, actor, {
      action: 'serviceSettings.update',
      entityType: 'service_kind_settings',
      orgUnitId: actor.orgUnitId,
      before: diff?.before,
      after: diff?.after,
      detail: { kind },
    });
    await recomputeDueDates(tx);
  });
  return settingsPage(db, actor, kind);
}

export async function addItem(db: Db, actor: Actor, kind: CaseKind, body: z.infer<typeof checklistItemInputSchema>): Promise<KindSettingsPage> {
  assertManager(actor);
  const existing = await checklistOf(db, kind, true);
  await db.transaction(async (tx) => {
    const row = await repo.insertChecklistItem(tx, {
      ...body,
      kind,
      position: body.position ?? existing.length,
      createdBy: actor.userId,
      updatedBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: 'serviceChecklist.create',
      entityType: 'service_checklist_item',
      entityId: row.id,
      orgUnitId: actor.orgUnitId,
      after: body,
      detail: { kind },
    });
  });
  return settingsPage(db, actor, kind);
}

async function itemOf(db: Db, id: number) {
  const item = await repo.findChecklistItem(db, id);
  if (!item) throw notFound();
  return item;
}

export async function updateItem(db: Db, actor: Actor, id: number, body: z.infer<typeof checklistItemUpdateSchema>): Promise<KindSettingsPage> {
  assertManager(actor);
  const item = await itemOf(db, id);
  const { version, ...changes } = body;
  await db.transaction(async (tx) => {
    if (!(await repo.updateChecklistItem(tx, id, version, changes, actor.userId))) throw conflict();
    const diff = changedFields(item, changes);
    await recordAudit(tx, actor, {
      action: 'serviceChecklist.update',
      entityType: 'service_checklist_item',
      entityId: id,
      orgUnitId: actor.orgUnitId,
      before: diff?.before,
      after: diff?.after,
      detail: { kind: item.kind },
    });
  });
  return settingsPage(db, actor, item.kind as CaseKind);
}

/** Archived, never deleted: documents already handed in against the item keep it. */
export async function archiveItem(db: Db, actor: Actor, id: number, version: number, reason: string): Promise<KindSettingsPage> {
  assertManager(actor);
  const item = await itemOf(db, id);
  await db.transaction(async (tx) => {
    const row = await repo.updateChecklistItem(tx, id, version, { archivedAt: clock.now(), archiveReason: reason }, actor.userId);
    if (!row) throw conflict();
    await recordAudit(tx, actor, {
      action: 'serviceChecklist.archive',
      entityType: 'service_checklist_item',
      entityId: id,
      orgUnitId: actor.orgUnitId,
      detail: { kind: item.kind, reason },
    });
  });
  return settingsPage(db, actor, item.kind as CaseKind);
}
