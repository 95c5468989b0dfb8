import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import { recordAudit } from '@server/platform/audit/audit';
import { conflict, refusingDuplicates } from '@server/platform/http/errors';
import { findSettings, insertSettings, updateSettings } from './repository/cities';

export const DEFAULT_SETTINGS = { friendshipCityTarget: null as number | null, dormantYears: 3 };
export type ExchangeSettings = typeof DEFAULT_SETTINGS & { version: number };

/** The caller's office's exchanges settings (target pairs, dormancy years), with the version to edit them on. */
export async function getSettings(db: Db, actor: Actor): Promise<ExchangeSettings> {
  const row = await findSettings(db, scopeOf(actor), actor.orgUnitId);
  return { ...DEFAULT_SETTINGS, ...(row?.value as object | undefined), version: row?.version ?? 0 };
}

/** Saves the office's settings made on `version`; someone else's save in between is a 409, nothing written. */
export async function saveSettings(db: Db, actor: Actor, input: { friendshipCityTarget: number | null; dormantYears: number; version: number }) {
  const current = await getSettings(db, actor);
  if (current.version !== input.version) throw conflict();
  const value = { friendshipCityTarget: input.friendshipCityTarget, dormantYears: input.dormantYears };
  // Two first saves at once: the unique index lets one in, the other is told someone saved first.
  await refusingDuplicates(
    () =>
      db.transaction(async (tx) => {
        if (input.version === 0) await insertSettings(tx, actor, value);
        else if (!(await updateSettings(tx, actor, input.version, value))) throw conflict();
        await recordAudit(tx, actor, {
          action: 'exchanges.settings',
          entityType: 'settings',
          entityId: actor.orgUnitId,
          orgUnitId: actor.orgUnitId,
          before: current,
          after: value,
        });
      }),
    { settings_key_idx: conflict },
  );
  return getSettings(db, actor);
}
