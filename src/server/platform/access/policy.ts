import { AppError } from '../http/errors';
import type { MessageKey, MessageParam } from '../i18n/i18n';
import type { Actor } from './actor';

/** Why a rule says no, as the user will hear it: a status (403, 409 …) and a message in the office's words. */
export interface Refusal {
  readonly status: number;
  readonly key: MessageKey;
  readonly params?: Record<string, MessageParam>;
}

/** A rule's answer: allowed, or the refusal that names why not. */
export type Decision = true | Refusal;

export const allowed = true as const;
export const refuse = (status: number, key: MessageKey, params?: Record<string, MessageParam>): Refusal => ({ status, key, params });
/** The usual refusal when the role lacks the permission. */
export const notPermitted: Refusal = refuse(403, 'err.forbidden');

export type Rule<R> = (actor: Actor, record: R) => Decision;

export interface Policy<R, A extends string> {
  /** Throws the rule's refusal as an AppError when `actor` may not `action` the record; the service calls it before writing. */
  authorize(actor: Actor, action: A, record: R): void;
  /** Whether the rule allows it, for a caller that needs a yes or no. */
  allows(actor: Actor, action: A, record: R): boolean;
  /** Every action's answer for this record, sent to the page as `can` so it shows only what the server would allow. */
  can(actor: Actor, record: R): Record<A, boolean>;
}

/**
 * One set of named rules for a kind of record, used both to enforce (authorize) and to present (can),
 * so the button the page shows and the check the server makes cannot drift apart. Data scope is applied
 * by the query that loaded the record; a rule decides what this actor may do to a record they can see.
 */
export function definePolicy<R, A extends string>(rules: Record<A, Rule<R>>): Policy<R, A> {
  const actions = Object.keys(rules) as A[];
  return {
    authorize(actor, action, record) {
      const decision = rules[action](actor, record);
      if (decision !== true) throw new AppError(decision.status, decision.key, decision.params ?? {});
    },
    allows: (actor, action, record) => rules[action](actor, record) === true,
    can: (actor, record) => Object.fromEntries(actions.map((a) => [a, rules[a](actor, record) === true])) as Record<A, boolean>,
  };
}
