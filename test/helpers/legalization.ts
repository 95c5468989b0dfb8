/**
 * Legalization cases for the tests, through the window's own routes: a case is opened with POST /api/services/cases
 * and moved by its steps (submit, accept, issue), so the kind's hooks run inside the workflow's transactions as they do
 * for a real case; the kind's facts are added through /api/services/legalizations/….
 */
import { expect } from 'vitest';
import type { Client } from './app';

/** A draft legalization case opened by `client` (a unit's contact for their unit, window staff for `unitId` or a person). */
export async function openLegalization(client: Client, input: { unitId?: number; personName?: string; urgency?: 'normal' | 'urgent' } = {}): Promise<number> {
  const res = await client.post('/api/services/cases', { kind: 'legalization', ...input });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().case.id as number;
}

/** One workflow step on the case's current version; answers the case as saved. */
export async function step(client: Client, id: number, name: string, body: Record<string, unknown> = {}) {
  const version = (await client.get(`/api/services/cases/${id}`)).json().case.version as number;
  const res = await client.post(`/api/services/cases/${id}/${name}`, { version, ...body });
  expect(res.statusCode, `${name}: ${res.body}`).toBe(200);
  return res.json().case as { id: number; number: string | null; version: number };
}

/** Handed in by `applicant`, accepted by the window: the documents' route is decided on today's date. */
export async function submitAndAccept(applicant: Client, staff: Client, id: number) {
  const submitted = await step(applicant, id, 'submit');
  await step(staff, id, 'accept');
  return submitted;
}

/** Handed in, accepted and issued: each document enters the register in the issue's transaction. */
export async function issueThroughWindow(applicant: Client, staff: Client, id: number) {
  const submitted = await submitAndAccept(applicant, staff, id);
  await step(staff, id, 'issue');
  return submitted;
}

export const itemBody = (over: Record<string, unknown> = {}) => ({
  docType: 'birth_certificate',
  issuer: '市公证处',
  holderName: '张三',
  issuedOn: '2023-10-20',
  countryOfUse: 'DEU',
  pieces: 1,
  notarized: false,
  ...over,
});
