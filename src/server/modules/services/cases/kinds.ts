/**
 * What a kind of case adds to the shared machinery. The workflow calls these in its own transactions, so a kind's
 * facts (its invitees, documents, applicants, passports) move with the case's steps and never drift from them.
 * A kind's hooks file reads and writes through its own repository only (never through the workflow), so the
 * workflow can call it without an import cycle.
 */
import type { CaseKind } from '@shared/contracts/services';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import type { MessageKey, MessageParam } from '@server/platform/i18n/i18n';
import type { CaseRow } from './cases.repository';

/** Something that stops a step, with the field it is about when there is one. */
export interface KindProblem {
  key: MessageKey;
  params?: Record<string, MessageParam>;
  path?: string;
}

export interface CaseFigures {
  pieces: number;
  persons: number;
  countries: string[];
}

export interface CaseKindHooks {
  kind: CaseKind;
  /** Whether a person (not only a unit) may apply for this kind. */
  personsMayApply: boolean;
  /** What stops the applicant's submission (no invitee, a passport missing …): every problem at once. */
  submitProblems?(tx: Db, row: CaseRow): Promise<KindProblem[]>;
  /** The figures the case counts in, recomputed after every change of the kind's facts. */
  figures?(tx: Db, row: CaseRow): Promise<CaseFigures>;
  /** In the transaction that issues the case: number the letter, enter the register, record the card … */
  onIssued?(tx: Db, actor: Actor, row: CaseRow): Promise<void>;
  /** In the transaction that refuses or withdraws it. */
  onEnded?(tx: Db, actor: Actor, row: CaseRow): Promise<void>;
}
