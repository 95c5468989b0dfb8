import type { Application, ApplicationStatus } from '../../../shared/contracts/travel';
import { can, type Actor } from '../../platform/access/actor';
import type { travelApplications } from './travel.table';

type AppRow = typeof travelApplications.$inferSelect;

const EDITABLE: ApplicationStatus[] = ['draft', 'returned'];

/** Whether the caller's office sits above the office that forwarded the application (so it takes it over). */
export function aboveForwarder(actor: Actor, forwarderPath: string | null): boolean {
  if (!forwarderPath) return false;
  return forwarderPath.startsWith(actor.scopePath) && forwarderPath !== actor.scopePath;
}

/** A forwarded application: the office above takes it over; the forwarding office records an outside decision only when none is above it. */
export function reviewActionsFor(actor: Actor, row: AppRow, forwarderPath: string | null, rootPath: string): string[] {
  if (!can(actor, 'travel.review') || actor.orgUnitId === row.orgUnitId) return [];
  if (row.status === 'submitted') return ['approve', 'return', 'refuse', 'forward'];
  if (row.status !== 'forwarded') return [];
  if (aboveForwarder(actor, forwarderPath)) return ['approve', 'return', 'refuse', 'forward', 'record_decision'];
  if (forwarderPath === actor.scopePath && actor.scopePath === rootPath) return ['record_decision'];
  return [];
}

/** What this caller may do with this application now; the page shows exactly these buttons. */
export function applicationCan(actor: Actor, row: AppRow, reviewActions: string[]): Application['can'] {
  const apply = can(actor, 'travel.apply');
  const follow = apply || can(actor, 'travel.review');
  const travelled = row.status === 'approved' && !!row.actualReturn;
  return {
    edit: apply && EDITABLE.includes(row.status as ApplicationStatus),
    submit: apply && EDITABLE.includes(row.status as ApplicationStatus),
    withdraw: apply && row.status === 'submitted',
    cancel: apply && (EDITABLE.includes(row.status as ApplicationStatus) || (row.status === 'approved' && !row.actualReturn)),
    review: reviewActions.length > 0,
    decide: can(actor, 'travel.approve') && row.status === 'leader_review',
    recordReturn: follow && row.status === 'approved',
    passportsReturned: can(actor, 'travel.review') && travelled && !row.passportsReturnedOn,
    fileReport: follow && travelled && !row.reportFiledOn,
  };
}
