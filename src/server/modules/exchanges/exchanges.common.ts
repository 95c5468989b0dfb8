import { toAlpha3 } from '@shared/reference/countries';
import type { Db } from '@server/db/client';
import { fieldError } from '@server/platform/http/errors';
import { findOrgUnit, orgUnitNames } from '@server/platform/org/org.service';
import type { Actor } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';

const LOCAL_PARTIES = new Set(['city', 'district']);

/** The office a record belongs to: the caller's own unless another city/district in their subtree is named. */
export async function localParty(db: Db, actor: Actor, orgUnitId: number | undefined): Promise<number> {
  const id = orgUnitId ?? actor.orgUnitId;
  const unit = await findOrgUnit(db, scopeOf(actor), id);
  if (!unit) throw fieldError('orgUnitId', 'err.orgOutOfScope');
  if (!LOCAL_PARTIES.has(unit.kind)) throw fieldError('orgUnitId', 'err.localParty');
  return id;
}

/** Countries as written (韩国, South Korea, KOR) → alpha-3, or a 400 naming the one not understood. */
export function countryCodes(values: string[], path = 'countries'): string[] {
  return [
    ...new Set(
      values.map((v, i) => {
        const code = toAlpha3(v);
        if (!code) throw fieldError(`${path}.${i}`, 'err.unknownCountry', { value: v });
        return code;
      }),
    ),
  ];
}

export function countryCode(value: string, path = 'country'): string {
  const code = toAlpha3(value);
  if (!code) throw fieldError(path, 'err.unknownCountry', { value });
  return code;
}

/** A list filter's country in any accepted form → alpha-3; an unknown one is a 400 (undefined: no filter). */
export function countryFilter(value: string | undefined): string | undefined {
  return value ? countryCode(value) : undefined;
}

/** The names of these offices in the caller's language. */
export const orgNames = (db: Db, actor: Actor, ids: number[]) => orgUnitNames(db, ids, actor.locale);
