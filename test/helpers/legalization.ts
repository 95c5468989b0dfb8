/**
 * Legalization cases for the tests. A case is opened through openCase (the cases area's service), as the route
 * POST /api/services/cases does, and moved to a status the way the workflow steps leave it; the kind's facts are then
 * added, read and changed through /api/services/legalizations/… over HTTP. `issueCase` runs the kind's onIssued hook
 * in one transaction with the status change, as the workflow's issue step does.
 */
import { eq } from 'drizzle-orm';
import type { Actor } from '../../src/server/platform/access/actor';
import { actorForToken } from '../../src/server/platform/auth/sessions';
import { openCase, findCase } from '../../src/server/modules/services/cases/cases.service';
import { serviceCases } from '../../src/server/modules/services/cases/cases.table';
import { legalizationHooks } from '../../src/server/modules/services/legalization/legalization.hooks';
import type { Client, TestContext } from './app';

export async function actorOf(ctx: TestContext, client: Client): Promise<Actor> {
  const token = client.cookie.slice(client.cookie.indexOf('=') + 1);
  const actor = await actorForToken(ctx.db, token, '127.0.0.1', 24);
  if (!actor) throw new Error('no session');
  return actor;
}

/** A draft legalization case opened by `client` (a unit's contact for their unit, window staff for `unitId` or a person). */
export async function openLegalization(
  ctx: TestContext,
  client: Client,
  input: { unitId?: number; personName?: string; urgency?: 'normal' | 'urgent'; title?: string } = {},
): Promise<number> {
  const row = await openCase(ctx.db, await actorOf(ctx, client), legalizationHooks, { kind: 'legalization', ...input });
  return row.id;
}

/** Puts a case where the workflow's steps would (submitted on, accepted on), for a test that starts there. */
export async function moveCase(ctx: TestContext, id: number, status: string, dates: { submittedOn?: string; acceptedOn?: string; number?: string } = {}) {
  await ctx.db
    .update(serviceCases)
    .set({ status, ...dates })
    .where(eq(serviceCases.id, id));
}

/** The issue step's part of the kind: the status and the register in one transaction, by the issuing officer. */
export async function issueCase(ctx: TestContext, staff: Client, id: number): Promise<void> {
  const actor = await actorOf(ctx, staff);
  await ctx.db.transaction(async (tx) => {
    const row = await findCase(tx, actor, id);
    await tx.update(serviceCases).set({ status: 'issued' }).where(eq(serviceCases.id, id));
    await legalizationHooks.onIssued!(tx, actor, row);
  });
}

export const itemBody = (over: Record<string, unknown> = {}) => ({
  docType: 'birth_certificate',
  issuer: '市公证处',
  holderName: '张三',
  issuedOn: '2026-11-20',
  countryOfUse: 'DEU',
  pieces: 1,
  notarized: false,
  ...over,
});
