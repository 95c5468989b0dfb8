/**
 * The case machinery's part of the walks: opening a case, reading and editing one, and every step, against district
 * B's cases (a draft and an accepted one, titled with B's secret) and A2's (secret to A's unit contact).
 */
import { eq, inArray } from 'drizzle-orm';
import { serviceCaseEvents, serviceCases } from '../../../src/server/modules/services/cases/cases.table';
import { CASE_STEPS } from '../../../src/shared/contracts/services-cases';
import type { Client } from '../../helpers/app';
import { multipartFile } from '../../helpers/http';
import { fillInvitation } from '../../helpers/invitation';
import type { Call } from '../../helpers/walk';
import { ok, type AreaWalk, type BadInputTarget, type Walker, type World } from './world';

const C = '/api/services/cases';
const STALE = 999_999;
const QUERIES = [
  'view=narnia',
  'page=0',
  'pageSize=5000',
  'kind=passport',
  'status=lost',
  'unitId=abc',
  'unitId=3000000000',
  'from=2026-13-01',
  'to=yesterday',
  `q=${'x'.repeat(60)}`,
];

interface Seeded {
  id: number;
  version: number;
  number: string | null;
}
const seeded: { bDraft?: Seeded; bAccepted?: Seeded; a2?: Seeded; aDraft?: Seeded; aAccepted?: Seeded } = {};
const docs: { item?: number; b?: number; a?: number } = {};

/** A small PDF against a checklist item (the id in the query), as the walks send it. */
const pdf = (name = 'walk.pdf') => multipartFile(Buffer.from('%PDF-1.4 walk'), name, 'application/pdf');
async function uploaded(who: Client, caseId: number, itemId: number): Promise<number> {
  const { payload, headers } = pdf();
  const d = ok(await who.request('POST', `${C}/${caseId}/documents?itemId=${itemId}`, payload, headers), 201);
  return d.checklist.find((i: { id: number }) => i.id === itemId).documents.at(-1).id;
}
const NARNIA_ITEM = '坏输入材料';
const ITEM = { nameZh: '走查材料', nameEn: 'Walk item', required: false, originalOrCopy: 'copy', fileTypes: ['pdf'], maxKb: 100 };
const LIMITS = { legalLimitDays: 20, promisedLimitDays: 5, urgentLimitDays: null, warningDays: 1, source: '走查' };

async function openCase(who: Client, title: string, unitId?: number): Promise<Seeded> {
  const d = ok(await who.post(C, { kind: 'invitation', title, ...(unitId ? { unitId } : {}) }), 201);
  // A complete letter, so the invitation kind's submission problems do not stop the walk's submit.
  await fillInvitation(who, d.case.id, 1);
  return { id: d.case.id, version: d.case.version, number: d.case.number };
}
async function advance(who: Client, c: Seeded, ...steps: string[]): Promise<Seeded> {
  let cur = c;
  for (const s of steps) {
    const d = ok(await who.post(`${C}/${cur.id}/${s}`, { version: cur.version }));
    cur = { id: d.case.id, version: d.case.version, number: d.case.number };
  }
  return cur;
}

/** The body each step's route takes in its valid form. */
const STEP_BODY: Record<string, (v: number) => Record<string, unknown>> = {
  notice: (version) => ({ version, text: '缺护照资料页' }),
  extend: (version) => ({ version, days: 3, reason: '征求意见' }),
  refuse: (version) => ({ version, reason: '不属于受理范围' }),
  withdraw: (version) => ({ version, reason: '申请人撤回' }),
};
const stepBody = (step: string, version: number) => (STEP_BODY[step] ?? ((v: number) => ({ version: v })))(version);

/** Roles that reach a case step's route: everyone with services.read; the case policy refuses what their role may not do. */
const PERM: Record<string, 'services.read' | 'services.handle' | 'services.approve'> = {
  accept: 'services.handle',
  notice: 'services.handle',
  extend: 'services.handle',
  assign: 'services.handle',
  issue: 'services.handle',
  refuse: 'services.handle',
  close: 'services.handle',
  'approve-extension': 'services.approve',
};

export const casesWalk: AreaWalk = {
  name: 'cases',
  async seed(w: World) {
    seeded.bDraft = await openCase(w.applicantB, `${w.secretB}草稿`);
    seeded.bAccepted = await advance(w.cityStaff, await openCase(w.applicantB, `${w.secretB}来访`), 'submit', 'accept');
    seeded.a2 = await advance(w.applicantA2, await openCase(w.applicantA2, `${w.secretA2}邀请`), 'submit');
    seeded.aDraft = await openCase(w.applicantA, '甲区草稿');
    seeded.aAccepted = await advance(w.opA, await openCase(w.applicantA, '甲区来访'), 'submit', 'accept');
    docs.item = ok(await w.cityStaff.get('/api/services/settings/invitation')).checklist[0].id;
    docs.b = await uploaded(w.cityStaff, seeded.bAccepted.id, docs.item!);
    docs.a = await uploaded(w.opA, seeded.aAccepted.id, docs.item!);
  },
  secretsB: () => [seeded.bAccepted!.number!],
  routes: (w: World) => {
    const b = seeded.bAccepted!;
    const a2Read = (x: Walker): Call => ({ url: `${C}/${seeded.a2!.id}`, perm: 'services.read', outsider: x.unitOnly ? [404] : [200], insider: [200] });
    return [
      {
        key: `GET ${C}`,
        calls: () => [
          { url: `${C}?view=all`, perm: 'services.read', outsider: [200], insider: [200] },
          { url: `${C}?view=all&unitId=${w.unitB}`, perm: 'services.read', outsider: [200], insider: [200] },
          { url: `${C}?view=overdue&q=${encodeURIComponent(w.secretB)}`, perm: 'services.read', outsider: [200], insider: [200] },
        ],
      },
      {
        key: `GET ${C}/export.xlsx`,
        calls: () => [{ url: `${C}/export.xlsx?view=all`, perm: 'services.export', outsider: [200], insider: [200] }],
      },
      { key: 'GET /api/services/alerts', calls: () => [{ url: '/api/services/alerts', perm: 'services.read', outsider: [200], insider: [200] }] },
      {
        key: `POST ${C}`,
        calls: (x) => [
          {
            method: 'POST',
            url: C,
            payload: { kind: 'invitation', unitId: w.unitB, title: '越权代办' },
            perm: 'services.read',
            // A unit's contact always files for its own unit; A's staff may not file for B's unit; a leader files nothing.
            outsider: x.role === 'unit_applicant' ? [201] : x.role === 'leader' ? [403] : [400],
            insider: x.role === 'leader' ? [403] : [201],
          },
        ],
      },
      {
        key: `GET ${C}/:id`,
        calls: (x) => [
          { url: `${C}/${b.id}`, perm: 'services.read', outsider: [404], insider: [200] },
          { url: `${C}/${seeded.bDraft!.id}`, perm: 'services.read', outsider: [404], insider: [200] },
          a2Read(x),
        ],
      },
      {
        key: `PATCH ${C}/:id`,
        calls: (x) => [
          {
            method: 'PATCH',
            url: `${C}/${seeded.bDraft!.id}`,
            payload: { version: STALE, title: '越权修改' },
            perm: 'services.read',
            outsider: [404],
            insider: x.role === 'leader' ? [403] : [409],
          },
        ],
      },
      {
        key: `POST ${C}/:id/documents`,
        calls: (): Call[] => {
          // An item no checklist has: the city's staff get 400 and B's case stays as it was.
          const { payload, headers } = pdf();
          return [
            { method: 'POST', url: `${C}/${b.id}/documents?itemId=2147483000`, payload, headers, perm: 'services.read', outsider: [404], insider: [400, 403] },
          ];
        },
      },
      {
        key: `PATCH ${C}/:id/documents/:docId`,
        calls: (): Call[] => [
          {
            method: 'PATCH',
            url: `${C}/${b.id}/documents/${docs.b}`,
            payload: { version: STALE, status: 'rejected' },
            perm: 'services.handle',
            outsider: [404],
            insider: [409],
          },
          // B's document under A's case: not A's case's document.
          {
            method: 'PATCH',
            url: `${C}/${seeded.aAccepted!.id}/documents/${docs.b}`,
            payload: { version: STALE, status: 'rejected' },
            perm: 'services.handle',
            outsider: [404],
            insider: [404],
          },
        ],
      },
      {
        key: 'GET /api/services/settings/:kind',
        calls: () => [{ url: '/api/services/settings/invitation', perm: 'services.read', outsider: [200], insider: [200] }],
      },
      {
        key: 'PUT /api/services/settings/:kind',
        calls: (): Call[] => [
          {
            method: 'PUT',
            url: '/api/services/settings/invitation',
            payload: { ...LIMITS, version: STALE },
            perm: 'services.manage',
            outsider: [403],
            insider: [409],
          },
        ],
      },
      {
        key: 'POST /api/services/settings/:kind/items',
        calls: (): Call[] => [
          { method: 'POST', url: '/api/services/settings/visa/items', payload: ITEM, perm: 'services.manage', outsider: [403], insider: [201] },
        ],
      },
      {
        key: 'PATCH /api/services/checklist-items/:id',
        calls: (): Call[] => [
          {
            method: 'PATCH',
            url: `/api/services/checklist-items/${docs.item}`,
            payload: { ...ITEM, version: STALE },
            perm: 'services.manage',
            outsider: [403],
            insider: [409],
          },
        ],
      },
      {
        key: 'POST /api/services/checklist-items/:id/archive',
        calls: (): Call[] => [
          {
            method: 'POST',
            url: `/api/services/checklist-items/${docs.item}/archive`,
            payload: { version: STALE, reason: '走查' },
            perm: 'services.manage',
            outsider: [403],
            insider: [409],
          },
        ],
      },
      ...CASE_STEPS.map((step) => ({
        key: `POST ${C}/:id/${step}`,
        calls: (): Call[] => [
          // A stale version (or the wrong stage, or a role the policy refuses): never a change to B's case.
          {
            method: 'POST',
            url: `${C}/${b.id}/${step}`,
            payload: stepBody(step, STALE),
            perm: PERM[step] ?? 'services.read',
            outsider: [404],
            insider: [403, 409],
          },
        ],
      })),
    ];
  },
  async snapshotB(w: World) {
    const cases = await w.ctx.db.select().from(serviceCases).where(eq(serviceCases.orgUnitId, w.unitB));
    const ids = cases.map((c) => c.id);
    const events = ids.length ? await w.ctx.db.select().from(serviceCaseEvents).where(inArray(serviceCaseEvents.caseId, ids)) : [];
    return { cases, events };
  },
  targets: (): BadInputTarget[] => [
    { key: `GET ${C}`, method: 'GET', url: () => C, as: 'city', queries: QUERIES },
    { key: `GET ${C}/export.xlsx`, method: 'GET', url: () => `${C}/export.xlsx`, as: 'city', queries: QUERIES.filter((q) => !q.startsWith('page')) },
    { key: 'GET /api/services/alerts', method: 'GET', url: () => '/api/services/alerts', as: 'unit' },
    { key: `POST ${C}`, method: 'POST', url: () => C, as: 'unit', body: () => ({ kind: 'invitation', title: '坏输入' }), required: ['kind'] },
    { key: `GET ${C}/:id`, method: 'GET', url: (id) => `${C}/${id}`, as: 'city', id: () => seeded.aDraft!.id },
    {
      key: `PATCH ${C}/:id`,
      method: 'PATCH',
      url: (id) => `${C}/${id}`,
      as: 'unit',
      id: () => seeded.aDraft!.id,
      body: () => ({ version: STALE, title: '坏输入' }),
      required: ['version'],
    },
    { key: `POST ${C}/:id/documents`, method: 'POST', url: (id) => `${C}/${id}/documents`, as: 'unit', id: () => seeded.aDraft!.id, generic: true },
    {
      key: `PATCH ${C}/:id/documents/:docId`,
      method: 'PATCH',
      url: (id) => `${C}/${seeded.aAccepted!.id}/documents/${id}`,
      as: 'city',
      id: () => docs.a!,
      body: () => ({ version: STALE, status: 'received', originalSeen: true }),
      required: ['version'],
    },
    { key: 'GET /api/services/settings/:kind', method: 'GET', url: () => '/api/services/settings/invitation', as: 'unit' },
    {
      key: 'PUT /api/services/settings/:kind',
      method: 'PUT',
      url: () => '/api/services/settings/invitation',
      as: 'city',
      body: () => ({ ...LIMITS, urgentLimitDays: 2, version: STALE }),
      required: ['version', 'legalLimitDays', 'promisedLimitDays', 'warningDays'],
      bad: () => [['promise over the legal limit', { promisedLimitDays: 30 }, 'promisedLimitDays']],
    },
    {
      key: 'POST /api/services/settings/:kind/items',
      method: 'POST',
      url: () => '/api/services/settings/invitation/items',
      as: 'city',
      body: () => ({ ...ITEM, nameZh: NARNIA_ITEM }),
      required: ['nameZh', 'nameEn', 'required', 'originalOrCopy', 'fileTypes'],
    },
    {
      key: 'PATCH /api/services/checklist-items/:id',
      method: 'PATCH',
      url: (id) => `/api/services/checklist-items/${id}`,
      as: 'city',
      id: () => docs.item!,
      body: () => ({ ...ITEM, version: STALE }),
      required: ['version', 'nameZh'],
    },
    {
      key: 'POST /api/services/checklist-items/:id/archive',
      method: 'POST',
      url: (id) => `/api/services/checklist-items/${id}/archive`,
      as: 'city',
      id: () => docs.item!,
      body: () => ({ version: STALE, reason: '坏输入' }),
      required: ['version', 'reason'],
    },
    ...CASE_STEPS.map((step): BadInputTarget => ({
      key: `POST ${C}/:id/${step}`,
      method: 'POST',
      url: (id) => `${C}/${id}/${step}`,
      as: step === 'approve-extension' ? 'leader' : 'city',
      id: () => seeded.aAccepted!.id,
      body: () => stepBody(step, STALE),
      required: Object.keys(stepBody(step, STALE)).filter((k) => k !== 'text'),
    })),
  ],
};
