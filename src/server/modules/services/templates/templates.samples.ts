/** Sample values for a template's preview, so the office sees its text filled in before any case uses it. */
import type { Locale } from '@shared/contracts/common';
import type { TemplateKey } from '@shared/contracts/services-templates';
import type { TemplateValues } from './templates.render';

const CASE: Record<Locale, TemplateValues> = {
  'zh-CN': {
    officeName: '示例市人民政府外事办公室',
    caseNumber: 'WS-2026-000123',
    kindName: '邀请外国人来华',
    applicantName: '示例市商务局',
    contactName: '王晓明',
    contactPhone: '0571-87000000',
    submittedOn: '2026年12月1日',
    issuedOn: '2026年12月2日',
    acceptedOn: '2026年12月2日',
    decidedOn: '2026年12月2日',
    dueOn: '2026年12月9日',
    promisedDays: 5,
    reason: '申请邀请的人员来华事由与申请单位的职责范围不符。',
    note: '复印件请加盖单位公章。',
    items: [
      { name: '被邀请人护照首页复印件', requirement: '复印件', note: '有效期须在六个月以上' },
      { name: '邀请单位营业执照', requirement: '原件或复印件', note: '' },
    ],
  },
  'en-US': {
    officeName: 'Foreign Affairs Office of the Sample City People’s Government',
    caseNumber: 'WS-2026-000123',
    kindName: 'Invitation letter for foreigners',
    applicantName: 'Sample City Bureau of Commerce',
    contactName: 'Wang Xiaoming',
    contactPhone: '+86 571 8700 0000',
    submittedOn: '1 December 2026',
    issuedOn: '2 December 2026',
    acceptedOn: '2 December 2026',
    decidedOn: '2 December 2026',
    dueOn: '9 December 2026',
    promisedDays: 5,
    reason: 'The purpose of the visit does not fall within the applying unit’s remit.',
    note: 'Copies must bear the unit’s seal.',
    items: [
      { name: 'Copy of the invitee’s passport data page', requirement: 'Copy', note: 'Valid for at least six months' },
      { name: 'Business licence of the inviting unit', requirement: 'Original or copy', note: '' },
    ],
  },
};

const LETTER: TemplateValues = {
  letterNumber: 'YQ-2026-0088',
  issuedOn: '2026-12-02',
  unitName: '示例市商务局 Sample City Bureau of Commerce',
  unitAddress: '示例市人民路1号 No. 1 Renmin Road, Sample City',
  contactName: '王晓明 Wang Xiaoming',
  contactPhone: '0571-87000000',
  purpose: '商务洽谈 business talks',
  cities: '示例市 Sample City',
  entryDate: '2027-01-10',
  visaType: 'M',
  entries: '1',
  validity: '3个月 3 months',
  stayDays: '30',
  visaPlace: '中华人民共和国驻德国大使馆 Embassy of the P.R. China in Germany',
  payer: '邀请单位 the inviting unit',
  itinerary: '1月10日抵达；1月11日至15日洽谈；1月16日离境\n10 Jan arrival; 11–15 Jan talks; 16 Jan departure',
  signerName: '李华 Li Hua',
  signerTitle: '副局长 Deputy Director',
  invitees: [
    { name: 'Anna SCHMIDT', sex: 'F', birthDate: '1980-05-12', nationality: 'Germany', passportNo: 'C01X00T47', employer: 'Muster GmbH', title: 'CEO' },
    { name: 'Jonas WEBER', sex: 'M', birthDate: '1975-11-03', nationality: 'Germany', passportNo: 'C02Y11K58', employer: 'Muster GmbH', title: 'Engineer' },
  ],
};

export function sampleValues(key: TemplateKey, locale: Locale): TemplateValues {
  return key === 'invitation.letter' ? LETTER : CASE[locale];
}
