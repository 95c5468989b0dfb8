/**
 * The figures' part of the walks: a case of B's unit accepted on the walk's day, to a country no case of A goes to,
 * so B's unit name or that country in an answer to A is a leak; inside, the city's figures count it.
 */
import { expect } from 'vitest';
import type { Route } from '../../helpers/walk';
import { seedCase } from '../../helpers/services';
import type { AreaWalk, BadInputTarget, World } from './world';

const S = '/api/services/stats';
const DAY = 'from=2026-12-01&to=2026-12-31';

async function seed(w: World) {
  await seedCase(w.ctx, { kind: 'invitation', unitId: w.unitB, status: 'accepted', acceptedOn: '2026-12-02', persons: 7, pieces: 1, countries: ['ISL'] });
  await seedCase(w.ctx, { kind: 'invitation', unitId: w.unitA2, status: 'accepted', acceptedOn: '2026-12-02', persons: 2, pieces: 1, countries: ['NOR'] });
  await seedCase(w.ctx, { kind: 'invitation', unitId: w.unitA, status: 'accepted', acceptedOn: '2026-12-02', persons: 1, pieces: 1, countries: ['FRA'] });
}

function routes(w: World): Route[] {
  return [
    {
      key: `GET ${S}`,
      calls: (walker) => [
        {
          url: `${S}?${DAY}`,
          perm: 'services.read',
          outsider: [200],
          insider: [200],
          check: (res) => {
            const codes = (res.json() as { byCountry: Array<{ code: string }> }).byCountry.map((c) => c.code);
            if (walker.insider) expect(codes).toContain('ISL');
            else expect(codes).not.toContain('ISL');
            // A unit's contact sees its own unit's case, never that of the other unit of its district.
            if (walker.unitOnly) expect(codes.filter((c) => c === 'FRA' || c === 'NOR')).toEqual(['FRA']);
          },
        },
        { url: `${S}?${DAY}&unitId=${w.unitB}`, perm: 'services.read', outsider: [400], insider: [200] },
      ],
    },
    {
      key: `GET ${S}/export.xlsx`,
      calls: () => [
        { url: `${S}/export.xlsx?${DAY}`, perm: 'services.export', outsider: [200], insider: [200] },
        { url: `${S}/export.xlsx?${DAY}&unitId=${w.unitB}`, perm: 'services.export', outsider: [400], insider: [200] },
      ],
    },
  ];
}

const QUERIES = [
  'from=2026-13-01',
  'to=abc',
  'from=2026-06-30&to=2026-01-01',
  'kind=passport',
  'unitId=abc',
  'unitId=0',
  'unitId=3000000000',
  'unitId=1%20or%201=1',
];

function targets(): BadInputTarget[] {
  return [
    { key: `GET ${S}`, method: 'GET', url: () => S, as: 'district', queries: QUERIES },
    { key: `GET ${S}/export.xlsx`, method: 'GET', url: () => `${S}/export.xlsx`, as: 'district', queries: QUERIES },
  ];
}

export const statsWalk: AreaWalk = {
  name: 'stats',
  seed,
  routes,
  targets,
  // The figures write nothing of B's; the visa walk's snapshot already holds B's service rows it could touch.
  snapshotB: async () => null,
  secretsB: () => ['冰岛', 'Iceland'],
};
