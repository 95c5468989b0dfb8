import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { OrgUnit } from '@shared/contracts/org';
import { unitName } from '@shared/labels/platform';
import type { Db } from '@server/db/client';
import { orgUnits } from '../platform.table';
import { recordAudit } from '../audit/audit';
import { AppError, conflict, duplicateOf, notFound, refusingDuplicates } from '../http/errors';
import { englishDivisionName, fillPaths } from './org.seed';
import type { Actor } from '../access/actor';
import { inScope, scopeOf, type Scope } from '../access/scope';

type OrgRow = typeof orgUnits.$inferSelect;

const present = (u: OrgRow): OrgUnit => ({
  id: u.id,
  parentId: u.parentId,
  kind: u.kind as OrgUnit['kind'],
  divisionCode: u.divisionCode,
  nameZh: u.nameZh,
  nameEn: u.nameEn,
  depth: u.depth,
  archived: u.archived,
  version: u.version,
});

/** Every unit in the scope's subtree, parents before children. */
export async function listOrgUnits(db: Db, scope: Scope): Promise<OrgUnit[]> {
  const rows = await db.select().from(orgUnits).where(inScope(orgUnits.id, scope)).orderBy(asc(orgUnits.depth), asc(orgUnits.divisionCode), asc(orgUnits.id));
  return rows.map(present);
}

/** One unit, or null when it does not exist or lies outside the scope. */
export async function findOrgUnit(db: Db, scope: Scope, id: number): Promise<OrgRow | null> {
  const [row] = await db
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.id, id), inScope(orgUnits.id, scope)));
  return row ?? null;
}

/** Names of units by id in the caller's language, for lists that show whose record a row is. */
export async function orgUnitNames(db: Db, ids: number[], locale: 'zh-CN' | 'en-US'): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db.select({ id: orgUnits.id, nameZh: orgUnits.nameZh, nameEn: orgUnits.nameEn }).from(orgUnits).where(inArray(orgUnits.id, unique));
  return new Map(rows.map((u) => [u.id, unitName(u, locale)]));
}

export async function getOrgUnitById(db: Db, id: number): Promise<OrgRow | null> {
  const [row] = await db.select().from(orgUnits).where(eq(orgUnits.id, id));
  return row ?? null;
}

export interface AreaStep {
  id: number;
  nameZh: string;
  nameEn: string;
  kind: string;
}

/** The chain of units from the city down to each given unit, for showing "西湖区 / 北山街道 / 某社区". */
export async function areaChains(db: Db, unitIds: number[]): Promise<Map<number, AreaStep[]>> {
  const unique = [...new Set(unitIds)];
  if (!unique.length) return new Map();
  // One query: each unit joined with the ancestors named in its materialised path.
  const rows = await db.execute(sql`select u.id as unit_id, a.id, a.name_zh, a.name_en, a.kind, a.depth
    from org_units u join org_units a on a.id = any(string_to_array(trim(both '/' from u.path), '/')::int[])
    where u.id = any(${sql.param(unique)}::int[]) and a.depth > 0 order by u.id, a.depth`);
  const chains = new Map<number, AreaStep[]>(unique.map((id) => [id, []]));
  for (const r of (rows as unknown as { rows: Array<{ unit_id: number; id: number; name_zh: string; name_en: string; kind: string }> }).rows) {
    chains.get(Number(r.unit_id))?.push({ id: Number(r.id), nameZh: r.name_zh, nameEn: r.name_en, kind: r.kind });
  }
  return chains;
}

export async function createOrgUnit(
  db: Db,
  actor: Actor,
  input: { parentId: number; kind: OrgUnit['kind']; nameZh: string; nameEn?: string; divisionCode?: string },
): Promise<OrgUnit> {
  const parent = await findOrgUnit(db, scopeOf(actor), input.parentId);
  if (!parent || parent.archived) throw new AppError(400, 'err.orgParent');
  return refusingDuplicates(
    () =>
      db.transaction(async (tx) => {
        const [row] = await tx
          .insert(orgUnits)
          .values({
            parentId: parent.id,
            kind: input.kind,
            nameZh: input.nameZh,
            nameEn: input.nameEn || englishDivisionName(input.nameZh),
            divisionCode: input.divisionCode ?? null,
            path: '',
            depth: parent.depth + 1,
          })
          .returning();
        await fillPaths(tx);
        const [created] = await tx.select().from(orgUnits).where(eq(orgUnits.id, row.id));
        await recordAudit(tx, actor, { action: 'org.create', entityType: 'org_unit', entityId: row.id, orgUnitId: row.id, after: present(created) });
        return present(created);
      }),
    { org_units_division_code_idx: () => duplicateOf('divisionCode', 'err.divisionCodeTaken', { code: input.divisionCode ?? '' }) },
  );
}

export async function updateOrgUnit(
  db: Db,
  actor: Actor,
  id: number,
  input: { version: number; nameZh?: string; nameEn?: string; archived?: boolean },
): Promise<OrgUnit> {
  const current = await findOrgUnit(db, scopeOf(actor), id);
  if (!current) throw notFound();
  // The unit a user belongs to is the root of their scope: they may rename it, not archive it.
  if (input.archived && current.id === actor.orgUnitId) throw new AppError(400, 'err.forbidden');
  return db.transaction(async (tx) => {
    const changes = {
      ...(input.nameZh !== undefined && { nameZh: input.nameZh }),
      ...(input.nameEn !== undefined && { nameEn: input.nameEn }),
      ...(input.archived !== undefined && { archived: input.archived }),
    };
    const [row] = await tx
      .update(orgUnits)
      .set({ ...changes, version: sql`${orgUnits.version} + 1` })
      .where(and(eq(orgUnits.id, id), eq(orgUnits.version, input.version)))
      .returning();
    if (!row) throw conflict();
    await recordAudit(tx, actor, { action: 'org.update', entityType: 'org_unit', entityId: id, orgUnitId: id, before: present(current), after: present(row) });
    return present(row);
  });
}
