/**
 * Synthetic but realistic ledger data for the benchmarks: the bench org tree and resident rows,
 * deterministic (seeded PRNG) so two runs measure the same data.
 */
import { orgUnits } from '../src/server/platform/platform.table';
import type { Db } from '../src/server/db/client';
import { fillPaths } from '../src/server/platform/org/org.seed';
import { addDays } from '../src/shared/reference/dates';
import { residentIdCheckChar } from '../src/shared/reference/ids';
import { nameInitials, namePinyin } from '../src/shared/reference/pinyin';

/** mulberry32: small, fast, seeded. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks from weighted entries with a precomputed cumulative table. */
export function weighted<T>(entries: Array<[T, number]>): (r: number) => T {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const [, w] of entries) {
    acc += w / total;
    cumulative.push(acc);
  }
  return (r) => {
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (r < cumulative[mid]) hi = mid;
      else lo = mid + 1;
    }
    return entries[lo][0];
  };
}

// ~40 nationalities, skewed as in a typical east-China city.
export const NATIONALITIES: Array<[string, number]> = [
  ['KOR', 180],
  ['JPN', 120],
  ['USA', 100],
  ['RUS', 70],
  ['DEU', 50],
  ['GBR', 48],
  ['FRA', 40],
  ['CAN', 36],
  ['AUS', 30],
  ['ITA', 26],
  ['ESP', 20],
  ['THA', 20],
  ['VNM', 20],
  ['MYS', 18],
  ['SGP', 16],
  ['IND', 16],
  ['PAK', 14],
  ['IDN', 14],
  ['PHL', 12],
  ['MNG', 10],
  ['KAZ', 9],
  ['UKR', 9],
  ['NLD', 8],
  ['SWE', 7],
  ['BRA', 7],
  ['MEX', 6],
  ['POL', 6],
  ['TUR', 6],
  ['EGY', 5],
  ['NGA', 5],
  ['ZAF', 4],
  ['ARG', 4],
  ['CHL', 3],
  ['NZL', 3],
  ['IRL', 3],
  ['BEL', 3],
  ['CHE', 3],
  ['AUT', 2],
  ['PRT', 2],
  ['ISR', 2],
];

const SURNAMES: Record<string, string[]> = {
  KOR: ['KIM', 'LEE', 'PARK', 'CHOI', 'JUNG', 'KANG', 'CHO', 'YOON', 'JANG', 'LIM', 'HAN', 'SHIN'],
  JPN: ['SATO', 'SUZUKI', 'TAKAHASHI', 'TANAKA', 'WATANABE', 'ITO', 'YAMAMOTO', 'NAKAMURA', 'KOBAYASHI', 'KATO'],
  RUS: ['IVANOV', 'SMIRNOV', 'KUZNETSOV', 'POPOV', 'VASILIEV', 'PETROV', 'SOKOLOV', 'MIKHAILOV', 'IVANOVA', 'PETROVA'],
  DEU: ['MUELLER', 'SCHMIDT', 'SCHNEIDER', 'FISCHER', 'WEBER', 'MEYER', 'WAGNER', 'BECKER', 'HOFFMANN'],
  FRA: ['MARTIN', 'BERNARD', 'DUBOIS', 'THOMAS', 'ROBERT', 'RICHARD', 'PETIT', 'DURAND', 'LEROY', 'MOREAU'],
  other: [
    'SMITH',
    'JOHNSON',
    'WILLIAMS',
    'BROWN',
    'JONES',
    'GARCIA',
    'MILLER',
    'DAVIS',
    'RODRIGUEZ',
    'MARTINEZ',
    'WILSON',
    'ANDERSON',
    'TAYLOR',
    'MOORE',
    'JACKSON',
    'WHITE',
    'HARRIS',
    'CLARK',
    'LEWIS',
    'ROBINSON',
    'WALKER',
    'NGUYEN',
    'TRAN',
    'KHAN',
    'SINGH',
    'SHARMA',
    'ROSSI',
    'RUSSO',
    'FERRARI',
    'LOPEZ',
    'GONZALEZ',
    'SANTOS',
    'SILVA',
    'OLIVEIRA',
    'JANSEN',
    'DE JONG',
    'NOWAK',
    'KOWALSKI',
    'YILMAZ',
    'KAYA',
    'HASSAN',
    'OKAFOR',
    'ADEYEMI',
    'TAN',
    'LIM',
    'WONG',
    'SANTIAGO',
    'REYES',
  ],
};
const GIVEN = [
  'JOHN',
  'MARY',
  'JAMES',
  'ANNA',
  'MICHAEL',
  'SARAH',
  'DAVID',
  'LAURA',
  'DANIEL',
  'EMMA',
  'MINSU',
  'JIWOO',
  'SEOYEON',
  'HIROSHI',
  'YUKI',
  'HARUTO',
  'SAKURA',
  'DMITRY',
  'OLGA',
  'SERGEI',
  'NATALIA',
  'HANS',
  'KLAUS',
  'SOPHIE',
  'PIERRE',
  'CAMILLE',
  'LUCAS',
  'MATEO',
  'SOFIA',
  'OLIVIA',
  'NOAH',
  'LIAM',
  'AHMED',
  'FATIMA',
  'RAJ',
  'PRIYA',
  'SOMCHAI',
  'ANH',
  'MAI',
  'ALEXANDER',
  'MARIA',
  'JOSE',
  'CARLOS',
  'ELENA',
  'IVAN',
  'PETER',
  'THOMAS',
  'CHARLOTTE',
  'LEON',
  'NINA',
];
const ZH_SURNAMES = [
  '金',
  '李',
  '朴',
  '崔',
  '郑',
  '姜',
  '赵',
  '尹',
  '张',
  '林',
  '韩',
  '申',
  '王',
  '陈',
  '刘',
  '杨',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '罗',
  '梁',
  '宋',
  '单',
  '曾',
  '欧阳',
  '司马',
  '田中',
  '佐藤',
  '铃木',
  '伊万',
];
const ZH_GIVEN = '民洙智宇秀妍俊浩美玲志明雅文静伟强丽娜安娜约翰玛丽彼得海伦思远晓东春华子涵一鸣嘉怡梓轩欣然浩然诗涵若曦';
const PURPOSES = ['工作', '学习', '商务', '探亲', '团聚', '访问交流', '私人事务'];
const EMPLOYERS = ['浙江大学', '杭州国际学校', '某科技有限公司', '某贸易有限公司', '某外资银行', '某医院', '某设计事务所', '某餐饮有限公司', null];
const OCCUPATIONS = ['工程师', '教师', '学生', '经理', '设计师', '医生', '厨师', '研究员', null];
const PORTS = ['杭州萧山国际机场', '上海浦东国际机场', '北京首都国际机场', '广州白云国际机场', '宁波栎社国际机场'];
export const VISAS: Array<[string, number]> = [
  ['Z', 30],
  ['X1', 15],
  ['RP_WORK', 20],
  ['RP_STUDY', 8],
  ['RP_FAMILY', 8],
  ['S1', 4],
  ['Q1', 3],
  ['M', 5],
  ['F', 3],
  ['L', 2],
  ['PR', 2],
];

export interface BenchTree {
  cityId: number;
  districts: Array<{ id: number; nameZh: string }>;
  communities: Array<{ id: number; district: string; street: string; community: string }>;
}

const DISTRICTS = ['上城区', '拱墅区', '西湖区', '滨江区', '萧山区', '余杭区', '临平区', '钱塘区', '富阳区', '临安区'];
const STREET_WORDS = ['清波', '湖滨', '小营', '望江', '南星', '紫阳', '凯旋', '采荷'];
const COMMUNITY_WORDS = ['春晖', '秋涛', '柳浪', '花港', '翠苑', '文新'];

/** city → 10 districts → 8 streets → 6 communities, names unique across the tree. */
export async function createBenchTree(db: Db): Promise<BenchTree> {
  const [city] = await db.insert(orgUnits).values({ kind: 'city', nameZh: '基准市', nameEn: 'Bench City', path: '', depth: 0 }).returning();
  await fillPaths(db);
  const districts = await db
    .insert(orgUnits)
    .values(DISTRICTS.map((n) => ({ parentId: city.id, kind: 'district', nameZh: n, nameEn: n, path: '', depth: 1 })))
    .returning();
  await fillPaths(db);
  const streetValues = districts.flatMap((d) =>
    STREET_WORDS.map((w) => ({ parentId: d.id, kind: 'street', nameZh: `${d.nameZh.slice(0, 2)}${w}街道`, nameEn: w, path: '', depth: 2 })),
  );
  const streets = await db.insert(orgUnits).values(streetValues).returning();
  await fillPaths(db);
  const communityValues = streets.flatMap((s) =>
    COMMUNITY_WORDS.map((w) => ({ parentId: s.id, kind: 'community', nameZh: `${s.nameZh.replace('街道', '')}${w}社区`, nameEn: w, path: '', depth: 3 })),
  );
  const communities = await db.insert(orgUnits).values(communityValues).returning();
  await fillPaths(db);
  const streetById = new Map(streets.map((s) => [s.id, s]));
  const districtById = new Map(districts.map((d) => [d.id, d]));
  return {
    cityId: city.id,
    districts: districts.map((d) => ({ id: d.id, nameZh: d.nameZh })),
    communities: communities.map((c) => {
      const street = streetById.get(c.parentId!)!;
      return { id: c.id, district: districtById.get(street.parentId!)!.nameZh, street: street.nameZh, community: c.nameZh };
    }),
  };
}

export interface GenResident {
  orgUnitId: number;
  status: string;
  surname: string;
  givenNames: string;
  nameZh: string | null;
  nameSort: string;
  nameInitials: string;
  sex: string;
  birthDate: string;
  nationality: string;
  docType: string;
  docNumber: string;
  docExpiry: string;
  visaType: string | null;
  visaNumber: string | null;
  visaIssueDate: string | null;
  visaExpiry: string | null;
  purpose: string;
  employer: string | null;
  occupation: string | null;
  addressBuilding: string;
  addressRoom: string;
  addressDetail: string;
  phone: string;
  arrivalDate: string;
  arrivalPort: string;
  departureDate: string | null;
  host: string | null;
  accommodationRegistered: boolean;
  accommodationRegisteredOn: string | null;
  archivedAt: string | null;
  archiveReason: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * A generator of residents. `docPrefix` keeps bench sets apart (seed vs import); document numbers are
 * unique: (i * 48271) mod 10^8 is a bijection for i < 10^8.
 */
export function residentGenerator(tree: BenchTree, today: string, opts: { seed: number; docPrefix: string; forImport?: boolean }) {
  const r = rng(opts.seed);
  const pickNat = weighted(NATIONALITIES);
  const pickVisa = weighted(VISAS);
  // Communities are not equally popular: a long tail.
  const pickCommunity = weighted(tree.communities.map((c, i) => [c, 1 / (1 + (i % 37))] as [typeof c, number]));
  const zhPool = Array.from({ length: 3000 }, () => {
    const zh =
      ZH_SURNAMES[Math.floor(r() * ZH_SURNAMES.length)] +
      Array.from({ length: 1 + Math.floor(r() * 2) }, () => ZH_GIVEN[Math.floor(r() * ZH_GIVEN.length)]).join('');
    return { zh, sort: namePinyin(zh), initials: nameInitials(zh) };
  });
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const day = (offset: number) => addDays(today, Math.floor(offset));
  return (i: number): GenResident => {
    const nationality = pickNat(r());
    const surnames = SURNAMES[nationality] ?? SURNAMES.other;
    const surname = surnames[Math.floor(r() * surnames.length)];
    const givenNames = GIVEN[Math.floor(r() * GIVEN.length)] + (r() < 0.3 ? ` ${GIVEN[Math.floor(r() * GIVEN.length)]}` : '');
    const zh = r() < 0.3 ? zhPool[Math.floor(r() * zhPool.length)] : null;
    const latin = `${surname} ${givenNames}`.toLowerCase();
    const c = pickCommunity(r());
    const arrivalOffset = -Math.floor(r() * r() * 5 * 365); // more recent arrivals are more common
    const arrivalDate = day(arrivalOffset);
    const s = r();
    const status = opts.forImport ? (s < 0.9 ? 'active' : 'departed') : s < 0.85 ? 'active' : s < 0.95 ? 'departed' : 'archived';
    const departureDate = status === 'departed' ? day(arrivalOffset + Math.floor(r() * -arrivalOffset)) : null;
    const hasVisa = r() < 0.92;
    const visaType = hasVisa ? pickVisa(r()) : null;
    const birthDate = day(-(18 * 365 + r() * 50 * 365));
    // A permanent residence ID (2023 format) for PR holders, a visa sticker number for the others.
    const pr = `933${String(100 + Math.floor(r() * 800))}${birthDate.replace(/-/g, '')}${String(Math.floor(r() * 1000)).padStart(3, '0')}`;
    const visaNumber = !hasVisa ? null : visaType === 'PR' ? pr + residentIdCheckChar(pr) : `V${String(Math.floor(r() * 1e9)).padStart(9, '0')}`;
    const visaExpiry = hasVisa ? day(r() * 3 * 365) : null;
    const registered = r() < 0.8;
    const created = new Date(Math.min(todayMs - 86_400_000, Date.parse(`${arrivalDate}T02:00:00Z`) + r() * 86_400_000 * 3));
    const updated = new Date(created.getTime() + r() * Math.max(0, todayMs - 86_400_000 - created.getTime()));
    return {
      orgUnitId: c.id,
      status,
      surname,
      givenNames,
      nameZh: zh?.zh ?? null,
      nameSort: zh?.sort ?? latin,
      nameInitials:
        zh?.initials ??
        latin
          .split(/\s+/)
          .map((w) => w[0])
          .join(''),
      sex: r() < 0.5 ? 'M' : 'F',
      birthDate,
      nationality,
      docType: 'passport',
      docNumber: `${opts.docPrefix}${String((i * 48271) % 100_000_000).padStart(8, '0')}`,
      docExpiry: day(r() * 3 * 365),
      visaType,
      visaNumber,
      visaIssueDate: hasVisa ? day(arrivalOffset - 30) : null,
      visaExpiry,
      purpose: PURPOSES[Math.floor(r() * PURPOSES.length)],
      employer: EMPLOYERS[Math.floor(r() * EMPLOYERS.length)],
      occupation: OCCUPATIONS[Math.floor(r() * OCCUPATIONS.length)],
      addressBuilding: `${1 + Math.floor(r() * 30)}幢`,
      addressRoom: `${1 + Math.floor(r() * 30)}0${1 + Math.floor(r() * 4)}室`,
      addressDetail: `${c.street.replace('街道', '')}路${1 + Math.floor(r() * 500)}号`,
      phone: `1${3 + Math.floor(r() * 6)}${String(Math.floor(r() * 1e9)).padStart(9, '0')}`,
      arrivalDate,
      arrivalPort: PORTS[Math.floor(r() * PORTS.length)],
      departureDate,
      host: r() < 0.5 ? EMPLOYERS[Math.floor(r() * 8)] : null,
      accommodationRegistered: registered,
      accommodationRegisteredOn: registered ? day(Math.min(0, arrivalOffset + 1)) : null,
      archivedAt: status === 'archived' ? updated.toISOString() : null,
      archiveReason: status === 'archived' ? '重复建档' : null,
      createdAt: created.toISOString(),
      updatedAt: updated.toISOString(),
    };
  };
}

export const COPY_COLUMNS = [
  'org_unit_id',
  'status',
  'surname',
  'given_names',
  'name_zh',
  'name_sort',
  'name_initials',
  'sex',
  'birth_date',
  'nationality',
  'doc_type',
  'doc_number',
  'doc_issuing_country',
  'doc_expiry',
  'visa_type',
  'visa_number',
  'visa_issue_date',
  'visa_expiry',
  'purpose',
  'employer',
  'occupation',
  'address_building',
  'address_room',
  'address_detail',
  'phone',
  'arrival_date',
  'arrival_port',
  'departure_date',
  'host',
  'accommodation_registered',
  'accommodation_registered_on',
  'archived_at',
  'archive_reason',
  'created_at',
  'updated_at',
];

const esc = (v: string | number | boolean | null): string => {
  if (v === null) return '\\N';
  if (typeof v !== 'string') return String(v);
  return /[\\\t\n\r]/.test(v) ? v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : v;
};

/** One line of COPY text format, columns as COPY_COLUMNS. */
export function copyLine(x: GenResident): string {
  return (
    [
      x.orgUnitId,
      x.status,
      x.surname,
      x.givenNames,
      x.nameZh,
      x.nameSort,
      x.nameInitials,
      x.sex,
      x.birthDate,
      x.nationality,
      x.docType,
      x.docNumber,
      x.nationality,
      x.docExpiry,
      x.visaType,
      x.visaNumber,
      x.visaIssueDate,
      x.visaExpiry,
      x.purpose,
      x.employer,
      x.occupation,
      x.addressBuilding,
      x.addressRoom,
      x.addressDetail,
      x.phone,
      x.arrivalDate,
      x.arrivalPort,
      x.departureDate,
      x.host,
      x.accommodationRegistered,
      x.accommodationRegisteredOn,
      x.archivedAt,
      x.archiveReason,
      x.createdAt,
      x.updatedAt,
    ]
      .map(esc)
      .join('\t') + '\n'
  );
}

/** COPY text for rows [from, to), in chunks of `chunk` rows. */
export function* copyChunks(gen: (i: number) => GenResident, from: number, to: number, chunk = 5000): Generator<string> {
  for (let i = from; i < to; i += chunk) {
    let s = '';
    for (let j = i; j < Math.min(to, i + chunk); j++) s += copyLine(gen(j));
    yield s;
  }
}
