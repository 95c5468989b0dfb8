import type { OrgUnit } from '@shared/contracts/org';
import { toHalfWidth } from '@shared/reference/normalize';

const norm = (s: string) =>
  toHalfWidth(s)
    .replace(/\s/g, '')
    .toLowerCase()
    .replace(/(社区居民委员会|社区居委会|居民委员会|居委会|社区|村民委员会|村委会|街道办事处|办事处|街道)$/, '');

/**
 * Finds the unit a sheet row means by the district / street / community names offices write
 * (西湖区 / 北山街道 / 某社区, with or without 居委会), within the importer's units. Each name is looked
 * for under the one before it; a name that is unknown or ambiguous there gives null, never a guess.
 */
export function makeAreaResolver(units: OrgUnit[], ownUnitId: number) {
  const live = units.filter((u) => !u.archived);
  const byId = new Map(units.map((u) => [u.id, u]));
  const byName = new Map<string, OrgUnit[]>();
  for (const u of live) {
    for (const key of new Set([norm(u.nameZh), norm(u.nameEn)])) byName.set(key, [...(byName.get(key) ?? []), u]);
  }
  const isUnder = (unit: OrgUnit, ancestorId: number) => {
    if (unit.id === ancestorId) return true;
    for (let p = unit.parentId; p != null; p = byId.get(p)?.parentId ?? null) if (p === ancestorId) return true;
    return false;
  };
  const find = (name: string, kinds: string[], underId?: number): number | null => {
    const hits = (byName.get(norm(name)) ?? []).filter((u) => kinds.includes(u.kind) && (underId === undefined || isUnder(u, underId)));
    return hits.length === 1 ? hits[0].id : null;
  };
  const own = byId.get(ownUnitId);

  /** The unit, or which of the names given was not found where it was looked for. */
  const lookup = (district: string | null, street: string | null, community: string | null): { id: number | null; missing?: AreaMiss } => {
    // Names are looked for under the importer's own unit unless a higher level narrows them further.
    const anchor = own && own.kind !== 'city' ? own.id : undefined;
    const districtId = district ? find(district, ['district'], anchor) : undefined;
    if (districtId === null) return { id: null, missing: { kind: 'district', name: district! } };
    const streetId = street ? find(street, ['street'], districtId ?? anchor) : undefined;
    if (streetId === null) return { id: null, missing: { kind: 'street', name: street! } };
    const communityId = community ? find(community, ['community'], streetId ?? districtId ?? anchor) : undefined;
    if (communityId === null) return { id: null, missing: { kind: 'community', name: community! } };
    if (communityId ?? streetId) return { id: (communityId ?? streetId)! };
    // A street or community operator's own sheet needs no area columns: everyone lives in their area.
    if (!district && own && (own.kind === 'street' || own.kind === 'community')) return { id: own.id };
    return { id: null };
  };
  const resolve = (district: string | null, street: string | null, community: string | null): number | null => lookup(district, street, community).id;
  /** Which name of a row could not be found, so the rejection names it ("找不到街道“西湖街道”"). */
  resolve.explain = (district: string | null, street: string | null, community: string | null): AreaMiss | null =>
    lookup(district, street, community).missing ?? null;
  return resolve;
}

/** A district, street or community name that is unknown (or ambiguous) where it was looked for. */
export interface AreaMiss {
  kind: 'district' | 'street' | 'community';
  name: string;
}
