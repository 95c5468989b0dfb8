/** The legalization fields as the office names them, for every refusal. */
import type { FieldLabels } from '@server/platform/i18n/fields';
import { DOCUMENT_CATEGORY_LABELS, DOCUMENT_TYPE_LABELS, LEGALIZATION_ROUTE_LABELS } from '@shared/labels/services-legalization';

const ITEM_FIELDS: FieldLabels = {
  docType: { zh: '文书类别', en: 'Type of document', values: DOCUMENT_TYPE_LABELS },
  issuer: { zh: '出具机构', en: 'Issuer' },
  holderName: { zh: '文书所有人', en: 'Holder' },
  issuedOn: { zh: '文书签发日期', en: 'Date of issue' },
  countryOfUse: { zh: '文书使用国', en: 'Country of use' },
  pieces: { zh: '份数', en: 'Pieces' },
  notarized: { zh: '已公证', en: 'Notarized' },
  note: { zh: '备注', en: 'Note' },
  reason: { zh: '原因', en: 'Reason' },
  caseId: { zh: '办件', en: 'Case' },
  itemId: { zh: '文书', en: 'Document' },
};

const STATE_FIELDS: FieldLabels = {
  iso3: { zh: '国家代码', en: 'Country code' },
  apostilleFrom: { zh: '公约对华生效日期', en: 'In force with China from' },
  objection: { zh: '公约不适用（异议）', en: 'Objection' },
  embassyStep: { zh: '须使馆认证', en: 'Embassy step' },
  source: { zh: '依据来源', en: 'Source' },
  category: { zh: '类别', en: 'Category', values: DOCUMENT_CATEGORY_LABELS },
  urgency: { zh: '缓急', en: 'Urgency' },
  amount: { zh: '金额', en: 'Amount' },
  route: { zh: '认证方式', en: 'Route', values: LEGALIZATION_ROUTE_LABELS },
  from: { zh: '起始日期', en: 'From' },
  to: { zh: '截止日期', en: 'To' },
  country: { zh: '使用国', en: 'Country of use' },
  q: { zh: '关键词', en: 'Search' },
};

export const LEGALIZATION_FIELDS: Readonly<Record<string, FieldLabels>> = {
  legalizations: ITEM_FIELDS,
  legalization: STATE_FIELDS,
  'public/apostilles': { number: { zh: '编号', en: 'Number' } },
};
