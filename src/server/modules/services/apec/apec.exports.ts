/** The card register as an Excel sheet: exactly the rows of the page's filter, audited before the first byte leaves. */
import type { z } from 'zod';
import type { cardListQuerySchema } from '@shared/contracts/services-apec';
import { labelOf, say } from '@shared/labels/labels';
import { CANCEL_REASON_LABELS, CARD_ORIGIN_LABELS, CARD_STATE_LABELS } from '@shared/labels/services-apec';
import type { Db } from '@server/db/client';
import type { Actor } from '@server/platform/access/actor';
import { recordAudit } from '@server/platform/audit/audit';
import type { CellValue, Sheet } from '@server/platform/files/excel';
import { clock } from '@server/clock';
import { cardsToExport } from './apec.cards.service';
import { presentCards } from './apec.presenter';

const COLUMNS = [
  { key: 'number', zh: '卡号', en: 'Card number', width: 18 },
  { key: 'holderName', zh: '持卡人', en: 'Holder', width: 14 },
  { key: 'unitName', zh: '单位', en: 'Unit', width: 28 },
  { key: 'passportNumber', zh: '护照号码', en: 'Passport', width: 14 },
  { key: 'validFrom', zh: '有效期自', en: 'Valid from', width: 12 },
  { key: 'validTo', zh: '有效期至', en: 'Valid until', width: 12 },
  { key: 'state', zh: '状态', en: 'State', width: 10 },
  { key: 'origin', zh: '办理类型', en: 'Origin', width: 18 },
  { key: 'cancel', zh: '注销原因', en: 'Cancellation', width: 22 },
  { key: 'custody', zh: '外办保管', en: 'In office custody', width: 12 },
] as const;

export async function cardSheet(db: Db, actor: Actor, q: Omit<z.output<typeof cardListQuerySchema>, 'page' | 'pageSize'>): Promise<Sheet> {
  const cards = await presentCards(db, actor, await cardsToExport(db, actor, q));
  await recordAudit(db, actor, {
    action: 'apecCard.export',
    entityType: 'service_apec_card',
    orgUnitId: actor.orgUnitId,
    detail: { filter: { ...q }, rows: cards.length },
  });
  const l = actor.locale;
  const yes = say({ zh: '是', en: 'yes' }, l);
  async function* rows(): AsyncIterable<Record<string, CellValue>> {
    for (const c of cards)
      yield {
        number: c.number,
        holderName: c.holderName,
        unitName: c.unitName,
        passportNumber: c.passportNumber,
        validFrom: c.validFrom,
        validTo: c.validTo,
        state: labelOf(CARD_STATE_LABELS, c.state, l),
        origin: labelOf(CARD_ORIGIN_LABELS, c.origin, l),
        cancel: c.cancelReason ? `${labelOf(CANCEL_REASON_LABELS, c.cancelReason, l)} ${c.cancelledOn ?? ''}`.trim() : '',
        custody: c.officeCustody ? (c.inOffice ? yes : say({ zh: '借出', en: 'out' }, l)) : '',
      };
  }
  return {
    fileName: `${say({ zh: 'APEC商务旅行卡登记', en: 'APEC-cards' }, l)}-${clock.today()}.xlsx`,
    sheetName: say({ zh: 'APEC卡', en: 'APEC cards' }, l),
    columns: COLUMNS.map((c) => ({ key: c.key, header: say(c, l), width: c.width })),
    rows: rows(),
  };
}
