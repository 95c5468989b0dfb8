/**
 * What the invitation kind adds to the case machinery: its submission problems, its figures (one letter, its
 * invitees, their nationalities) and, when the case is issued, the letter's number and the close-out's due date.
 */
import { clock } from '@server/clock';
import { refusingDuplicates } from '@server/platform/http/errors';
import { AppError } from '@server/platform/http/errors';
import type { CaseKindHooks } from '../cases/kinds';
import { caseInvitees, caseLetter, lastLetterSeq, saveInvitation } from './invitation.repository';
import { letterNumber, letterProblems, plannedCloseOutDue } from './invitation.rules';

export const invitationHooks: CaseKindHooks = {
  kind: 'invitation',
  // Letters are issued to legal-entity units registered in the city, never to individuals.
  personsMayApply: false,

  async submitProblems(tx, row) {
    return letterProblems(await caseLetter(tx, row.id), await caseInvitees(tx, row.id), clock.today());
  },

  async figures(tx, row) {
    const invitees = await caseInvitees(tx, row.id);
    return { pieces: 1, persons: invitees.length, countries: [...new Set(invitees.map((p) => p.nationality))].sort() };
  },

  async onIssued(tx, actor, row) {
    const letter = await caseLetter(tx, row.id);
    if (!letter) throw new AppError(400, 'svc.invitation.noFacts');
    const issuedOn = clock.today();
    const year = Number(issuedOn.slice(0, 4));
    const seq = (await lastLetterSeq(tx, row.officeId, year)) + 1;
    const number = letterNumber(year, seq);
    const changes = {
      officeId: row.officeId,
      letterYear: year,
      letterSeq: seq,
      letterNumber: number,
      issuedOn,
      closeOutDueOn: letter.entryDate ? plannedCloseOutDue(letter.entryDate, letter.stayDays ?? 0) : null,
    };
    // Two issues of the same office at once: the unique index gives one of them the number, the other a 409 to retry.
    await refusingDuplicates(
      () => saveInvitation(tx, actor, letter, letter.version, changes, 'invitation.issue', { caseId: row.id, letterNumber: number }),
      {},
    );
  },
};
