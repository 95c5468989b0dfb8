/** The legalization kind's enum labels, for pages, sheets and Word alike. */
import type { DocumentCategory, DocumentType, LegalizationRoute, RefusalGround, RouteReason } from '../contracts/services-legalization';
import { defineLabels } from './labels';

export const LEGALIZATION_ROUTE_LABELS = defineLabels<LegalizationRoute>({
  apostille: { zh: '附加证明书', en: 'Apostille' },
  legalization: { zh: '领事认证', en: 'Consular legalization' },
});

export const ROUTE_REASON_LABELS = defineLabels<RouteReason>({
  in_force: { zh: '《取消外国公文书认证要求的公约》在中国与该国之间已生效', en: 'The Apostille Convention is in force between China and the state' },
  not_yet_in_force: {
    zh: '公约在中国与该国之间于文书使用日尚未生效',
    en: 'The Convention was not yet in force between China and the state on the date of use',
  },
  objection: { zh: '公约不在中国与该国之间适用（一方提出异议）', en: 'The Convention does not apply between China and the state (an objection)' },
  not_a_party: { zh: '该国不是公约缔约国，须办理领事认证', en: 'The state is not a party to the Convention: consular legalization' },
  unknown_state: { zh: '国家表中无该国，按领事认证办理', en: 'The state is not in the table: consular legalization' },
});

export const DOCUMENT_CATEGORY_LABELS = defineLabels<DocumentCategory>({
  civil: { zh: '民事类', en: 'Civil' },
  commercial: { zh: '商事类', en: 'Commercial' },
});

export const DOCUMENT_TYPE_LABELS = defineLabels<DocumentType>({
  diploma: { zh: '学历学位证书', en: 'Diploma or degree' },
  transcript: { zh: '成绩单', en: 'Transcript' },
  birth_certificate: { zh: '出生公证书', en: 'Birth certificate' },
  marriage_certificate: { zh: '婚姻状况公证书', en: 'Marriage certificate' },
  no_criminal_record: { zh: '无犯罪记录证明', en: 'No-criminal-record certificate' },
  kinship_certificate: { zh: '亲属关系公证书', en: 'Kinship certificate' },
  civil_other: { zh: '其他民事文书', en: 'Other civil document' },
  company_licence: { zh: '营业执照', en: 'Business licence' },
  commercial_invoice: { zh: '商业发票', en: 'Commercial invoice' },
  certificate_of_origin: { zh: '原产地证明书', en: 'Certificate of origin' },
  power_of_attorney: { zh: '委托书', en: 'Power of attorney' },
  contract: { zh: '合同', en: 'Contract' },
  commercial_other: { zh: '其他商事文书', en: 'Other commercial document' },
});

export const REFUSAL_GROUND_LABELS = defineLabels<RefusalGround>({
  not_genuine: { zh: '印章或签字不真实', en: 'The seal or signature is not genuine' },
  not_meeting_requirements: { zh: '文书不符合认证要求', en: 'The document does not meet the requirements' },
  harms_national_interest: { zh: '文书内容损害国家利益', en: 'The document harms national interests' },
  other: { zh: '其他原因', en: 'Other' },
});
