/**
 * The route a document takes, decided from the table of states alone (pure, so it is tested at each state's date):
 * an Apostille where the Convention is in force between China and the state of use on the day the document is
 * handed in, consular legalization (the office's, then the embassy's: 双认证) everywhere else.
 */
import type { LegalizationRoute, RouteReason } from '@shared/contracts/services-legalization';

/** What the rule needs of a state's row. */
export interface StateFacts {
  iso3: string;
  apostilleFrom: string | null;
  objection: boolean;
  embassyStep: boolean;
}

export interface RouteDecision {
  route: LegalizationRoute;
  reason: RouteReason;
  /** Whether the embassy's (or consulate's) step follows the office's legalization. */
  embassyStep: boolean;
}

/** The route for a document to be used in `state`, handed in on `on` (YYYY-MM-DD); a state missing from the table is legalized. */
export function routeFor(state: StateFacts | null | undefined, on: string): RouteDecision {
  if (!state) return { route: 'legalization', reason: 'unknown_state', embassyStep: true };
  // An objection outweighs any date: the Convention is not in force between the two at all (India).
  if (state.objection) return { route: 'legalization', reason: 'objection', embassyStep: state.embassyStep };
  if (!state.apostilleFrom) return { route: 'legalization', reason: 'not_a_party', embassyStep: state.embassyStep };
  if (on < state.apostilleFrom) return { route: 'legalization', reason: 'not_yet_in_force', embassyStep: state.embassyStep };
  return { route: 'apostille', reason: 'in_force', embassyStep: false };
}
