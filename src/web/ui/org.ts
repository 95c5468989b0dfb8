import { useQuery } from '@tanstack/react-query';
import type { Locale } from '@shared/contracts/common';
import { unitName } from '@shared/labels/platform';
import { orgApi, type OrgUnit } from './api/endpoints';

export function useOrgUnits() {
  return useQuery({ queryKey: ['org', 'tree'], queryFn: orgApi.tree, staleTime: 5 * 60_000 });
}

/** The shared rule (src/shared/labels/platform.ts), under the name the pages use. */
export const orgName: (u: Pick<OrgUnit, 'nameZh' | 'nameEn'>, locale: Locale) => string = unitName;

export interface OrgNode {
  key: number;
  value: number;
  title: string;
  /** Chinese and English names, for searching in either language. */
  search: string;
  unit: OrgUnit;
  selectable?: boolean;
  disabled?: boolean;
  children?: OrgNode[];
}

/**
 * Turns the flat, scope-limited list into a tree. Units whose parent is outside the user's scope
 * become roots. `selectable` limits which kinds may be picked (others still show for structure).
 */
export function buildOrgTree(units: OrgUnit[], locale: Locale, opts: { selectable?: (u: OrgUnit) => boolean; includeArchived?: boolean } = {}): OrgNode[] {
  const list = opts.includeArchived ? units : units.filter((u) => !u.archived);
  const ids = new Set(list.map((u) => u.id));
  const nodes = new Map<number, OrgNode>();
  for (const u of list) {
    const selectable = opts.selectable ? opts.selectable(u) : true;
    nodes.set(u.id, { key: u.id, value: u.id, title: orgName(u, locale), search: `${u.nameZh} ${u.nameEn}`.toLowerCase(), unit: u, selectable });
  }
  const roots: OrgNode[] = [];
  const sorted = [...list].sort((a, b) => a.depth - b.depth || a.id - b.id);
  for (const u of sorted) {
    const node = nodes.get(u.id)!;
    if (u.parentId != null && ids.has(u.parentId)) {
      const parent = nodes.get(u.parentId)!;
      (parent.children ??= []).push(node);
    } else roots.push(node);
  }
  return roots;
}

export function orgMap(units: OrgUnit[] | undefined): Map<number, OrgUnit> {
  return new Map((units ?? []).map((u) => [u.id, u]));
}
