/** The APEC card's fixtures, shared by its walk and its own test: a filing, an applicant, a case forwarded to the Ministry. */
import { randomBytes } from 'node:crypto';
import type { Client } from '../../helpers/app';
import { ok } from './world';

export const P = '/api/services/apec';

export const filingBody = (over: Record<string, unknown> = {}) => ({
  staffCount: 12,
  tradeYuan: 800_000,
  customsRegistered: true,
  customsCode: '3204960001',
  taxGrade: 'B',
  taxPaidYuan: 400_000,
  stateOwned: false,
  version: 0,
  ...over,
});

/** An applicant whose passport runs five more years from the story's day and whose certificate is a month old. */
export const applicantBody = (name: string, over: Record<string, unknown> = {}) => ({
  name,
  idNumber: '32040219800101123X',
  passportNumber: `E${randomBytes(4).toString('hex').toUpperCase()}`,
  passportExpiry: '2031-12-01',
  post: '总经理',
  socialInsurance6m: true,
  noCriminalCertOn: '2026-11-02',
  ...over,
});

/** A draft APEC case of the client's unit (or of `unitId`, opened by the window). */
export async function openApecCase(client: Client, unitId?: number): Promise<number> {
  return ok(await client.post('/api/services/cases', { kind: 'apec', ...(unitId ? { unitId } : {}) }), 201).case.id as number;
}

/** Takes a case through the workflow to where the office has forwarded it to the Ministry ("issued" at the window). */
export async function forward(unit: Client, office: Client, caseId: number): Promise<void> {
  const version = async () => ok(await office.get(`/api/services/cases/${caseId}`)).case.version as number;
  ok(await unit.post(`/api/services/cases/${caseId}/submit`, { version: await version() }));
  ok(await office.post(`/api/services/cases/${caseId}/accept`, { version: await version() }));
  ok(await office.post(`/api/services/cases/${caseId}/issue`, { version: await version() }));
}

/** An applicant on a case, approved by the Ministry once the case is forwarded, with a card when `cardNumber` is given. */
export async function approvedApplicant(unit: Client, office: Client, name: string, cardNumber?: string) {
  const caseId = await openApecCase(unit);
  const view = ok(await unit.post(`${P}/${caseId}/applicants`, applicantBody(name)), 201);
  const applicant = view.applicants[0];
  await forward(unit, office, caseId);
  const approved = ok(
    await office.post(`${P}/${caseId}/applicants/${applicant.id}/ministry`, {
      version: applicant.version,
      decision: 'approved',
      decidedOn: '2026-12-01',
      feePaidOn: '2026-12-01',
    }),
  );
  let a = approved.applicants[0];
  let cardId = 0;
  if (cardNumber) {
    const carded = ok(
      await office.post(`${P}/${caseId}/applicants/${a.id}/card`, { version: a.version, number: cardNumber, validFrom: '2026-12-02', validTo: '2031-12-01' }),
      201,
    );
    a = carded.applicants[0];
    cardId = a.cards[0].id;
  }
  return { caseId, applicantId: a.id as number, version: a.version as number, cardId };
}

/** What the walk seeded, for its routes and its bad-input targets. */
export interface Seeded {
  draftA: number;
  draftApplicantA: number;
  caseA2: number;
  b: { caseId: number; applicantId: number; version: number; cardId: number; cardVersion: number };
  a: { caseId: number; applicantId: number; cardId: number };
  cardNumberB: string;
}
export const apecSeed: { current?: Seeded } = {};
