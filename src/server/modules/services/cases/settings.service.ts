/** A kind's time limits and checklist as the office keeps them, seeded from the code's defaults on first read. */
import type { CaseKind } from '@shared/contracts/services';
import type { Db } from '@server/db/client';
import { DEFAULT_CHECKLISTS, DEFAULT_SETTINGS } from './cases.defaults';
import * as repo from './settings.repository';
import type { ChecklistItemRow, KindSettingsRow } from './settings.repository';

/** The kind's limits; the first read of a kind writes the defaults, so the settings page edits real rows. */
export async function kindSettings(db: Db, kind: CaseKind): Promise<KindSettingsRow> {
  const found = await repo.findKindSettings(db, kind);
  if (found) return found;
  await repo.seedKindSettings(db, { kind, ...DEFAULT_SETTINGS[kind] });
  return (await repo.findKindSettings(db, kind))!;
}

/** The kind's checklist (its live items unless asked for the archived too), seeded on first read. */
export async function checklistOf(db: Db, kind: CaseKind, withArchived = false): Promise<ChecklistItemRow[]> {
  const items = await repo.listChecklistItems(db, kind, true);
  if (!items.length) {
    await repo.seedChecklistItems(
      db,
      kind,
      DEFAULT_CHECKLISTS[kind].map((d, position) => ({ kind, position, ...d, note: d.note ?? null })),
    );
  }
  return repo.listChecklistItems(db, kind, withArchived);
}
