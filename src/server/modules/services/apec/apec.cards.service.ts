/**
 * The cards: the first card after the Ministry's approval, cancellation, replacement (new passport) and reissue
 * (after loss), each a new row linked to the old; custody of a state-owned enterprise's card; the register.
 */
import type { z } from 'zod';
import type { cardCancelSchema, cardInputSchema, cardListQuerySchema, cardReplaceSchema, custodyInputSchema } from '@shared/contracts/services-apec';
import { addDays } from '@shared/reference/dates';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { can } from '@server/platform/access/actor';
import { scopeOf } from '@server/platform/access/scope';
import { AppError, conflict, duplicateOf, forbidden, notFound, refusingDuplicates } from '@server/platform/http/errors';
import { clock } from '@server/clock';
import { apecCasePolicy, cardPolicy } from './apec.policy';
import * as repo from './apec.repository';
import { cardValidityProblems, EXPIRING_DAYS, type RuleProblem } from './apec.rules';
import { applicantOf } from './apec.service';

type Terms = { number: string; validFrom: string; validTo: string };

function checkValidity(t: Terms, passportExpiry: string): void {
  const problems: RuleProblem[] = cardValidityProblems(t.validFrom, t.validTo, passportExpiry);
  if (!problems.length) return;
  const fields = problems.map((p) => ({ path: 'validTo', key: p.key, params: p.params ?? {} }));
  throw new AppError(400, 'err.validation', {}, fields);
}

const uniqueNumber = <T>(number: string, write: () => Promise<T>) =>
  refusingDuplicates(write, { service_apec_cards_number_idx: () => duplicateOf('number', 'svc.apec.duplicateNumber', { number }) });

/** The first card of an approved applicant; a state-owned enterprise's card starts in the office's custody. */
export async function issueCard(db: Db, actor: Actor, caseId: number, applicantId: number, input: z.output<typeof cardInputSchema>) {
  const { row, applicant } = await applicantOf(db, actor, caseId, applicantId);
  apecCasePolicy.authorize(actor, 'cards', row);
  if (applicant.version !== input.version) throw conflict();
  if (applicant.ministryDecision !== 'approved') throw new AppError(409, 'svc.apec.notApproved');
  if ((await repo.listCardsOfApplicants(db, scopeOf(actor), [applicant.id])).length) throw new AppError(409, 'svc.apec.hasCard');
  const number = input.number.toUpperCase();
  checkValidity(input, applicant.passportExpiry);
  const filing = await repo.findFiling(db, scopeOf(actor), applicant.orgUnitId);
  const custody = !!filing?.stateOwned;
  return uniqueNumber(number, () =>
    repo.addCard(db, actor, {
      applicantId: applicant.id,
      caseId: row.id,
      orgUnitId: applicant.orgUnitId,
      number,
      validFrom: input.validFrom,
      validTo: input.validTo,
      passportNumber: applicant.passportNumber,
      passportExpiry: applicant.passportExpiry,
      state: 'valid',
      origin: 'first',
      officeCustody: custody,
      inOffice: custody,
    }),
  );
}

async function cardOf(db: Db, actor: Actor, cardId: number) {
  const found = await repo.findCard(db, scopeOf(actor), cardId);
  if (!found) throw notFound();
  return found.card;
}

export async function cancelCard(db: Db, actor: Actor, cardId: number, input: z.output<typeof cardCancelSchema>) {
  const card = await cardOf(db, actor, cardId);
  cardPolicy.authorize(actor, 'change', card);
  const changes = { state: 'cancelled', cancelReason: input.reason, cancelledOn: input.cancelledOn, cancelNote: input.note ?? null };
  return repo.saveCard(db, actor, card, input.version, changes, 'apecCard.cancel', { detail: { reason: input.reason } });
}

/** A new card on the holder's new passport; the old one is marked replaced in the same transaction. */
export async function replaceCard(db: Db, actor: Actor, cardId: number, input: z.output<typeof cardReplaceSchema>) {
  const card = await cardOf(db, actor, cardId);
  cardPolicy.authorize(actor, 'change', card);
  if (await repo.findSuccessor(db, scopeOf(actor), card.id)) throw new AppError(409, 'svc.apec.cardFollowed');
  checkValidity(input, input.passportExpiry);
  const number = input.number.toUpperCase();
  return uniqueNumber(number, () =>
    db.transaction(async (tx) => {
      const next = await repo.addCard(tx, actor, {
        ...successorOf(card, input, number),
        passportNumber: input.passportNumber.toUpperCase(),
        passportExpiry: input.passportExpiry,
        origin: 'replacement',
      });
      await repo.saveCard(tx, actor, card, input.version, { state: 'replaced' }, 'apecCard.replace', { detail: { newCardId: next.id } });
      return next;
    }),
  );
}

/** A new card after loss: the lost card (cancelled as lost, or cancelled as lost now) stays in the register. */
export async function reissueCard(db: Db, actor: Actor, cardId: number, input: z.output<typeof cardInputSchema>) {
  const card = await cardOf(db, actor, cardId);
  if (!can(actor, 'services.handle')) throw forbidden();
  const lost = card.state === 'cancelled' && card.cancelReason === 'lost';
  if (card.state !== 'valid' && !lost) throw new AppError(409, 'svc.apec.reissueNeedsLoss');
  if (await repo.findSuccessor(db, scopeOf(actor), card.id)) throw new AppError(409, 'svc.apec.cardFollowed');
  checkValidity(input, card.passportExpiry);
  const number = input.number.toUpperCase();
  return uniqueNumber(number, () =>
    db.transaction(async (tx) => {
      const next = await repo.addCard(tx, actor, {
        ...successorOf(card, input, number),
        passportNumber: card.passportNumber,
        passportExpiry: card.passportExpiry,
        origin: 'reissue',
      });
      const changes = lost ? {} : { state: 'cancelled', cancelReason: 'lost', cancelledOn: clock.today() };
      await repo.saveCard(tx, actor, card, input.version, changes, 'apecCard.reissue', { detail: { newCardId: next.id } });
      return next;
    }),
  );
}

const successorOf = (card: repo.CardRow, t: Terms, number: string) => ({
  applicantId: card.applicantId,
  caseId: card.caseId,
  orgUnitId: card.orgUnitId,
  number,
  validFrom: t.validFrom,
  validTo: t.validTo,
  state: 'valid',
  previousCardId: card.id,
  officeCustody: card.officeCustody,
  inOffice: card.officeCustody,
});

/** A state-owned enterprise's card handed in to the office or taken out for a trip, with its date. */
export async function moveCustody(db: Db, actor: Actor, cardId: number, input: z.output<typeof custodyInputSchema>) {
  const card = await cardOf(db, actor, cardId);
  if (!can(actor, 'services.handle')) throw forbidden();
  if (!card.officeCustody) throw new AppError(409, 'svc.apec.noCustody');
  if (input.direction === 'out') cardPolicy.authorize(actor, 'change', card);
  if (input.direction === 'in' && card.inOffice) throw new AppError(409, 'svc.apec.custodyAlreadyIn');
  if (input.direction === 'out' && !card.inOffice) throw new AppError(409, 'svc.apec.custodyAlreadyOut');
  return repo.saveCard(db, actor, card, input.version, { inOffice: input.direction === 'in' }, 'apecCard.custody', {
    detail: { direction: input.direction, onDate: input.onDate },
    alsoInTransaction: (tx) =>
      repo.insertCustody(tx, actor, { cardId: card.id, orgUnitId: card.orgUnitId, direction: input.direction, onDate: input.onDate, note: input.note ?? null }),
  });
}

type CardQuery = Omit<z.output<typeof cardListQuerySchema>, 'page' | 'pageSize'>;
const filterOf = (q: CardQuery): repo.CardFilter => {
  const today = clock.today();
  return { ...q, today, expiringUntil: addDays(today, EXPIRING_DAYS) };
};

export const cardPage = (db: Db, actor: Actor, q: z.output<typeof cardListQuerySchema>) => repo.listCards(db, scopeOf(actor), filterOf(q), q);
export const cardsToExport = (db: Db, actor: Actor, q: CardQuery) => repo.listAllCards(db, scopeOf(actor), filterOf(q));
export async function getCard(db: Db, actor: Actor, cardId: number) {
  const found = await repo.findCard(db, scopeOf(actor), cardId);
  if (!found) throw notFound();
  return found;
}
