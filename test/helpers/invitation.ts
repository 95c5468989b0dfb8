/**
 * Invitation cases for the tests, through the window's own routes: opened as a unit's contact, filled in with a
 * valid letter and invitees, and taken through submit, accept and issue.
 */
import { clock } from '../../src/server/clock';
import { addDays } from '../../src/shared/reference/dates';
import type { Client } from './app';

/** A new draft invitation case of the unit whose contact `applicant` is. */
export async function openInvitation(applicant: Client, over: Record<string, unknown> = {}): Promise<number> {
  const res = await applicant.post('/api/services/cases', { kind: 'invitation', contactName: '王联系', contactPhone: '0519-8888', ...over });
  if (res.statusCode !== 201) throw new Error(`open case: ${res.statusCode} ${res.body}`);
  return res.json().case.id as number;
}

/** A letter's facts that pass submission: entering in a month, for a week. */
export function letterFacts(over: Record<string, unknown> = {}) {
  return {
    version: 0,
    purpose: '商务洽谈',
    cities: '常州、苏州',
    entryDate: addDays(clock.today(), 30),
    visaType: 'M',
    entries: 'single',
    validityValue: 3,
    validityUnit: 'months',
    stayDays: 10,
    visaCountry: 'DEU',
    visaCity: 'Berlin',
    payer: 'inviting_unit',
    itinerary: '第一天抵达常州，洽谈合作；第二天参观工厂。',
    signerName: '李总',
    signerTitle: '副总经理',
    ...over,
  };
}

let passportCounter = 0;
export function inviteeBody(over: Record<string, unknown> = {}) {
  passportCounter++;
  return {
    name: 'MUSTERMANN ERIKA',
    sex: 'F',
    birthDate: '1980-08-12',
    nationality: 'DEU',
    passportNo: `C0${String(passportCounter).padStart(7, '0')}`,
    passportExpiry: addDays(clock.today(), 2000),
    employer: 'Musterfirma GmbH',
    title: 'Sales Manager',
    ...over,
  };
}

/** Fills the letter in and adds `invitees` invitees as the unit. */
export async function fillInvitation(applicant: Client, caseId: number, invitees = 1, facts: Record<string, unknown> = {}) {
  const res = await applicant.put(`/api/services/invitations/${caseId}`, letterFacts(facts));
  if (res.statusCode !== 200) throw new Error(`facts: ${res.statusCode} ${res.body}`);
  for (let i = 0; i < invitees; i++) {
    const r = await applicant.post(`/api/services/invitations/${caseId}/invitees`, inviteeBody());
    if (r.statusCode !== 201) throw new Error(`invitee: ${r.statusCode} ${r.body}`);
  }
}

/** Takes one step of the case on its current version. */
export async function caseStep(client: Client, caseId: number, name: string, body: Record<string, unknown> = {}) {
  const current = await client.get(`/api/services/cases/${caseId}`);
  const res = await client.post(`/api/services/cases/${caseId}/${name}`, { version: current.json().case.version, ...body });
  if (res.statusCode !== 200) throw new Error(`${name}: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Submits as the unit, accepts and issues as the office; returns the letter's number. */
export async function issueInvitation(applicant: Client, staff: Client, caseId: number): Promise<string> {
  await caseStep(applicant, caseId, 'submit');
  await caseStep(staff, caseId, 'accept');
  await caseStep(staff, caseId, 'issue');
  const letter = await applicant.get(`/api/services/invitations/${caseId}`);
  return letter.json().letterNumber as string;
}

/** ICAO 9303's 7-3-1 check digit, written out here so the tests do not lean on the reader they feed. */
function cd(s: string): string {
  const val = (ch: string) => (ch === '<' ? 0 : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55);
  return String([...s].reduce((sum, ch, i) => sum + val(ch) * [7, 3, 1][i % 3]!, 0) % 10);
}

/** A passport's two MRZ lines (TD3) with valid check digits; dates as YYMMDD. */
export function passportMrz(p: { name?: string; doc?: string; nat?: string; birth?: string; sex?: string; expiry?: string } = {}): string {
  const f = { name: 'MUSTERMANN<<ERIKA', doc: 'C01X00T47', nat: 'D<<', birth: '800812', sex: 'F', expiry: '320228', ...p };
  const personal = '<'.repeat(14);
  const body = f.doc + cd(f.doc) + f.nat + f.birth + cd(f.birth) + f.sex + f.expiry + cd(f.expiry) + personal + '<';
  const composite = cd(body.slice(0, 10) + body.slice(13, 20) + body.slice(21, 43));
  return [`P<${f.nat}${f.name}`.padEnd(44, '<'), body + composite].join('\n');
}
