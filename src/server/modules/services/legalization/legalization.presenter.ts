/** The legalization area's records as the contract shows them, with what the caller may do. */
import type { Urgency } from '@shared/contracts/services';
import type { Locale } from '@shared/contracts/common';
import {
  DOCUMENT_TYPE_RULES,
  type DocumentType,
  type LegalizationItem,
  type LegalizationState,
  type RegisterEntry,
} from '@shared/contracts/services-legalization';
import type { Actor } from '@server/platform/access/actor';
import { itemPolicy, type ItemCase } from './legalization.policy';
import { routeFor } from './legalization.route';
import type { FeeTable } from './legalization.rules';
import type { ItemRow, RegisterRow } from './legalization.repository';

export interface ItemContext {
  states: readonly LegalizationState[];
  fees: FeeTable;
  /** The date the route is decided on. */
  on: string;
  urgency: Urgency;
}

export function presentItem(actor: Actor, c: ItemCase, item: ItemRow, number: string | null, ctx: ItemContext): LegalizationItem {
  const type = item.docType as DocumentType;
  const rule = DOCUMENT_TYPE_RULES[type];
  const decision = routeFor(
    ctx.states.find((s) => s.iso3 === item.countryOfUse),
    ctx.on,
  );
  const can = itemPolicy.can(actor, c);
  return {
    id: item.id,
    caseId: item.caseId,
    docType: type,
    category: rule.category,
    issuer: item.issuer,
    holderName: item.holderName,
    issuedOn: item.issuedOn,
    countryOfUse: item.countryOfUse,
    pieces: item.pieces,
    notarized: item.notarized,
    notarizeFirst: rule.notarizeFirst,
    route: decision.route,
    routeReason: decision.reason,
    embassyStep: decision.embassyStep,
    fee: ctx.fees.amount(rule.category, ctx.urgency),
    note: item.note,
    registerNumber: number,
    version: item.version,
    can: { update: can.update, archive: can.archive },
  };
}

export function presentItems(actor: Actor, c: ItemCase, items: readonly ItemRow[], numbers: ReadonlyMap<number, string>, ctx: ItemContext) {
  return { items: items.map((i) => presentItem(actor, c, i, numbers.get(i.id) ?? null, ctx)), can: { add: itemPolicy.allows(actor, 'add', c) } };
}

/** A register line; the signer's capacity and the authority in the reader's language (the register keeps both). */
export function presentRegisterEntry({ entry, item }: { entry: RegisterRow; item: ItemRow }, locale: Locale = 'zh-CN'): RegisterEntry {
  const en = locale === 'en-US';
  return {
    number: entry.number,
    route: entry.route as RegisterEntry['route'],
    issuedOn: entry.issuedOn,
    signerName: entry.signerName,
    signerCapacity: en ? entry.signerCapacityEn : entry.signerCapacity,
    authority: en ? entry.authorityEn || entry.authority : entry.authority,
    caseId: entry.caseId,
    caseNumber: entry.caseNumber,
    applicantName: entry.applicantName,
    docType: item.docType as DocumentType,
    issuer: item.issuer,
    countryOfUse: item.countryOfUse,
    documentIssuedOn: item.issuedOn,
    pieces: item.pieces,
  };
}
