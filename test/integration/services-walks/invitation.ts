/**
 * The invitation area's part of the service window's walks: a draft and an issued letter in district A's unit and
 * in district B's unit (B's carrying world.secretB in the letter's facts and its invitees), and every route of
 * /api/services/invitations called against B's.
 */
import { eq, inArray } from 'drizzle-orm';
import { serviceInvitations, serviceInvitees } from '../../../src/server/modules/services/invitation/invitation.table';
import { fillInvitation, inviteeBody, issueInvitation, letterFacts, openInvitation, passportMrz } from '../../helpers/invitation';
import type { Call, Route, Walker } from '../../helpers/walk';
import { ok, type AreaWalk, type BadInputTarget, type World } from './world';

const SPECIMEN_MRZ = passportMrz();

interface Seeded {
  draftA: number;
  issuedA: number;
  draftB: number;
  issuedB: number;
  inviteeB: number;
  inviteeB2: number;
  inviteeA: number;
}
const seeded = new WeakMap<World, Seeded>();
const ids = (w: World) => seeded.get(w)!;

async function seed(w: World) {
  const draft = async (client: World['applicantA'], secret: string) => {
    const id = await openInvitation(client);
    await fillInvitation(client, id, 0, { purpose: `商务洽谈${secret}` });
    return id;
  };
  const issued = async (client: World['applicantA'], secret: string) => {
    const id = await draft(client, secret);
    ok(await client.post(`/api/services/invitations/${id}/invitees`, inviteeBody({ employer: `${secret}公司` })), 201);
    await issueInvitation(client, w.cityStaff, id);
    return id;
  };
  const draftA = await draft(w.applicantA, '');
  const inviteeA = ok(await w.applicantA.post(`/api/services/invitations/${draftA}/invitees`, inviteeBody()), 201).id as number;
  const draftB = await draft(w.applicantB, w.secretB);
  const inviteeB = ok(await w.applicantB.post(`/api/services/invitations/${draftB}/invitees`, inviteeBody({ employer: `${w.secretB}公司` })), 201).id as number;
  const inviteeB2 = ok(await w.applicantB.post(`/api/services/invitations/${draftB}/invitees`, inviteeBody({ employer: `${w.secretB}大学` })), 201)
    .id as number;
  // A2's letter: the unit contact of A must not see it in the close-out list.
  await issued(w.applicantA2, w.secretA2);
  seeded.set(w, { draftA, issuedA: await issued(w.applicantA, ''), draftB, issuedB: await issued(w.applicantB, w.secretB), inviteeB, inviteeB2, inviteeA });
}

const NONE = [404];
const base = '/api/services/invitations';

/** The letter's current version as the city's admin reads it, so an insider's write is a real one. */
async function versionOf(w: World, caseId: number) {
  return ok(await w.cityAdmin.get(`${base}/${caseId}`)).version as number;
}
async function inviteeVersion(w: World, caseId: number, inviteeId: number) {
  const letter = ok(await w.cityAdmin.get(`${base}/${caseId}`));
  return (letter.invitees as Array<{ id: number; version: number }>).find((p) => p.id === inviteeId)?.version ?? 1;
}

function routes(world: World): Route[] {
  const s = ids(world);
  const route = (key: string, calls: (w: Walker) => Promise<Call[]> | Call[]): Route => ({ key, calls });
  return [
    route(`GET ${base}/close-outs`, () => [
      { url: `${base}/close-outs?state=due`, perm: 'services.read', outsider: [200], insider: [200] },
      { url: `${base}/close-outs?state=done`, perm: 'services.read', outsider: [200], insider: [200] },
    ]),
    route(`GET ${base}/:caseId`, () => [{ url: `${base}/${s.draftB}`, perm: 'services.read', outsider: NONE, insider: [200] }]),
    route(`PUT ${base}/:caseId`, async () => [
      {
        url: `${base}/${s.draftB}`,
        method: 'PUT',
        payload: letterFacts({ version: await versionOf(world, s.draftB), purpose: `改${world.secretB}` }),
        perm: 'services.read',
        outsider: NONE,
        // The admin and the window fill a draft in (the window files for units at the counter); the leader only reads.
        insider: [200, 403],
      },
    ]),
    route(`POST ${base}/:caseId/invitees`, () => [
      { url: `${base}/${s.draftB}/invitees`, method: 'POST', payload: inviteeBody(), perm: 'services.read', outsider: NONE, insider: [201, 403] },
    ]),
    route(`POST ${base}/:caseId/invitees/mrz`, () => [
      { url: `${base}/${s.draftB}/invitees/mrz`, method: 'POST', payload: { text: SPECIMEN_MRZ }, perm: 'services.read', outsider: NONE, insider: [200] },
    ]),
    route(`PUT ${base}/:caseId/invitees/:inviteeId`, async () => [
      {
        url: `${base}/${s.draftB}/invitees/${s.inviteeB}`,
        method: 'PUT',
        payload: { ...inviteeBody({ employer: `${world.secretB}公司` }), version: await inviteeVersion(world, s.draftB, s.inviteeB) },
        perm: 'services.read',
        outsider: NONE,
        insider: [200, 403],
      },
      // A's invitee under B's case is not B's invitee: 404 for everyone.
      {
        url: `${base}/${s.draftB}/invitees/${s.inviteeA}`,
        method: 'PUT',
        payload: { ...inviteeBody(), version: 1 },
        perm: 'services.read',
        outsider: NONE,
        insider: NONE,
      },
    ]),
    route(`POST ${base}/:caseId/invitees/:inviteeId/archive`, async () => [
      {
        url: `${base}/${s.draftB}/invitees/${s.inviteeB2}/archive`,
        method: 'POST',
        payload: { version: await inviteeVersion(world, s.draftB, s.inviteeB2), reason: '行程调整' },
        perm: 'services.read',
        outsider: NONE,
        // The city's admin removes it; the invitee is gone for the walkers after it.
        insider: [200, 403, 404],
      },
    ]),
    route(`GET ${base}/:caseId/letter.docx`, () => [{ url: `${base}/${s.issuedB}/letter.docx`, perm: 'services.read', outsider: NONE, insider: [200] }]),
    route(`POST ${base}/:caseId/close-out`, async () => [
      {
        url: `${base}/${s.issuedB}/close-out`,
        method: 'POST',
        payload: { version: await versionOf(world, s.issuedB), cancelled: true },
        perm: 'services.read',
        outsider: [403, 404],
        // The admin closes it out; the window's staff then hear it is done, the leader that it is not theirs to do.
        insider: [200, 403, 409],
      },
    ]),
  ];
}

async function snapshotB(w: World) {
  const cases = [ids(w).draftB, ids(w).issuedB];
  return {
    letters: await w.ctx.db.select().from(serviceInvitations).where(inArray(serviceInvitations.caseId, cases)).orderBy(serviceInvitations.id),
    invitees: await w.ctx.db.select().from(serviceInvitees).where(eq(serviceInvitees.orgUnitId, w.unitB)).orderBy(serviceInvitees.id),
  };
}

function targets(w: World): BadInputTarget[] {
  const s = ids(w);
  const url = (path: string) => () => `${base}/${path}`;
  return [
    { key: `GET ${base}/close-outs`, method: 'GET', as: 'unit', url: url('close-outs'), queries: ['state=nope', 'page=0', 'pageSize=1000', 'page=abc'] },
    { key: `GET ${base}/:caseId`, method: 'GET', as: 'unit', url: url(`${s.draftA}`), queries: [] },
    {
      key: `PUT ${base}/:caseId`,
      method: 'PUT',
      as: 'unit',
      url: url(`${s.draftA}`),
      body: () => letterFacts({ version: 1 }),
      required: ['version'],
      bad: () => [
        ['visa type not in the list', { visaType: 'Q9' }, 'visaType'],
        ['entries not in the list', { entries: 'seven' }, 'entries'],
        ['not a date', { entryDate: '2026-02-30' }, 'entryDate'],
        ['unknown country', { visaCountry: '{narnia}' }, 'visaCountry'],
      ],
    },
    {
      key: `POST ${base}/:caseId/invitees`,
      method: 'POST',
      as: 'unit',
      url: url(`${s.draftA}/invitees`),
      body: () => inviteeBody(),
      required: ['name', 'sex', 'birthDate', 'nationality', 'passportNo', 'passportExpiry'],
      bad: () => [
        ['unknown nationality', { nationality: '{narnia}' }, 'nationality'],
        ['sex not in the list', { sex: 'Q' }, 'sex'],
      ],
    },
    {
      key: `POST ${base}/:caseId/invitees/mrz`,
      method: 'POST',
      as: 'unit',
      url: url(`${s.draftA}/invitees/mrz`),
      body: () => ({ text: SPECIMEN_MRZ }),
      required: ['text'],
      bad: () => [['unreadable', { text: 'not a machine readable zone at all' }]],
    },
    {
      key: `PUT ${base}/:caseId/invitees/:inviteeId`,
      method: 'PUT',
      as: 'unit',
      url: url(`${s.draftA}/invitees/${s.inviteeA}`),
      body: () => ({ ...inviteeBody(), version: 1 }),
      required: ['version', 'name'],
    },
    {
      key: `POST ${base}/:caseId/invitees/:inviteeId/archive`,
      method: 'POST',
      as: 'unit',
      url: url(`${s.draftA}/invitees/${s.inviteeA}/archive`),
      body: () => ({ version: 1, reason: '行程调整' }),
      required: ['version', 'reason'],
      bad: () => [['reason too short', { reason: 'x' }, 'reason']],
    },
    { key: `GET ${base}/:caseId/letter.docx`, method: 'GET', as: 'unit', url: url(`${s.issuedA}/letter.docx`), queries: ['lang=fr', 'lang=%00'] },
    {
      key: `POST ${base}/:caseId/close-out`,
      method: 'POST',
      as: 'unit',
      url: url(`${s.issuedA}/close-out`),
      body: () => ({ version: 1, departedOn: '2026-11-30' }),
      required: ['version'],
      bad: () => [
        ['both departed and cancelled', { cancelled: true }, 'departedOn'],
        ['not a date', { departedOn: '2026-13-01' }, 'departedOn'],
      ],
    },
  ];
}

export const invitationWalk: AreaWalk = { name: 'invitation', seed, routes, snapshotB, targets };
