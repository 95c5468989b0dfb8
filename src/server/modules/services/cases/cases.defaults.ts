/**
 * The window's settings as an office starts with them, from published service guides (../shared/DOMAIN-window.md).
 * They are seeded into the database the first time a kind's settings or checklist are read, and from then on they are
 * the office's data: edited on the settings page, never read from here again.
 */
import type { CaseKind, OriginalOrCopy } from '@shared/contracts/services';

export interface DefaultSettings {
  legalLimitDays: number;
  promisedLimitDays: number;
  urgentLimitDays: number | null;
  warningDays: number;
  source: string;
}

/** 行政许可法 第四十二条: twenty working days; the promise is the office's own, per its guide. */
const LEGAL = '《行政许可法》第四十二条（20个工作日）';

export const DEFAULT_SETTINGS: Readonly<Record<CaseKind, DefaultSettings>> = {
  invitation: {
    legalLimitDays: 20,
    promisedLimitDays: 5,
    urgentLimitDays: null,
    warningDays: 1,
    source: `常州市外办邀请外国人来华办事指南（承诺5个工作日）；${LEGAL}`,
  },
  apec: {
    legalLimitDays: 20,
    promisedLimitDays: 20,
    urgentLimitDays: null,
    warningDays: 3,
    source: `APEC商务旅行卡地方外办审核办事指南（承诺20个工作日）；${LEGAL}`,
  },
  legalization: {
    legalLimitDays: 20,
    promisedLimitDays: 4,
    urgentLimitDays: 2,
    warningDays: 1,
    source: `领事认证办事指南（受理后第4个工作日办结，加急第2个工作日）；${LEGAL}`,
  },
  visa: { legalLimitDays: 20, promisedLimitDays: 5, urgentLimitDays: null, warningDays: 1, source: `因公签证代办办事指南（承诺5个工作日）；${LEGAL}` },
};

export interface DefaultItem {
  nameZh: string;
  nameEn: string;
  required: boolean;
  originalOrCopy: OriginalOrCopy;
  fileTypes: string[];
  maxKb: number | null;
  note?: string;
}

const scan = (nameZh: string, nameEn: string, required = true, note?: string): DefaultItem => ({
  nameZh,
  nameEn,
  required,
  originalOrCopy: 'copy',
  fileTypes: ['jpg', 'pdf'],
  // The invitation guides ask for scans under 600 KB.
  maxKb: 600,
  note,
});
const paper = (
  nameZh: string,
  nameEn: string,
  originalOrCopy: OriginalOrCopy,
  required = true,
  fileTypes = ['jpg', 'pdf'],
  maxKb: number | null = 2048,
): DefaultItem => ({
  nameZh,
  nameEn,
  required,
  originalOrCopy,
  fileTypes,
  maxKb,
});

export const DEFAULT_CHECKLISTS: Readonly<Record<CaseKind, readonly DefaultItem[]>> = {
  invitation: [
    scan('邀请外国人来华申请表（加盖单位公章）', 'Application form (with the unit’s seal)'),
    scan('被邀请人护照资料页', 'Passport data page of each invitee'),
    scan('单位营业执照或法人登记证书', 'Business licence or legal-entity certificate'),
    scan('邀请函及担保函', 'Invitation letter and guarantee letter'),
    scan('在华行程安排', 'Itinerary in China'),
    scan('多次入境：此前签证及上一年出入境记录', 'Multiple entries: earlier visas and last year’s entry and exit records', false),
    scan('行业主管部门意见（特定行业）', 'Opinion of the sector’s regulator (some sectors)', false),
  ],
  apec: [
    paper('APEC商务旅行卡申请表', 'APEC business travel card application form', 'original'),
    paper('护照资料页（有效期两年以上）', 'Passport data page (valid two more years)', 'copy'),
    paper('近期证件照（JPG，3:4）', 'Recent photo (JPG, 3:4)', 'original', true, ['jpg'], 600),
    paper('无犯罪记录证明（六个月内）', 'Certificate of no criminal record (within six months)', 'original'),
    paper('近六个月社会保险缴纳证明', 'Social insurance paid for the last six months', 'copy'),
    paper('企业营业执照', 'Enterprise business licence', 'copy'),
    paper('企业与APEC经济体贸易往来证明', 'Proof of trade with APEC economies', 'copy'),
  ],
  legalization: [
    paper('领事认证申请表', 'Legalization application form', 'original'),
    paper('待认证文书原件', 'The document to be legalized (original)', 'original'),
    paper('申请人或代办人身份证件', 'Identity document of the applicant or agent', 'copy'),
    paper('授权委托书（代办时）', 'Power of attorney (when an agent applies)', 'original', false),
  ],
  visa: [
    paper('因公出国任务批件', 'Approval of the official trip', 'copy'),
    paper('因公护照', 'Official passport', 'original', true, ['jpg', 'pdf'], null),
    paper('签证申请表', 'Visa application form', 'original'),
    paper('近期证件照', 'Recent photo', 'original', true, ['jpg'], 600),
    paper('对方邀请函', 'Invitation from the host', 'copy'),
  ],
};
