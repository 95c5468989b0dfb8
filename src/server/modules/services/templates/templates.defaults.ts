/**
 * The templates as the office gets them, in code: used until the office saves its own text, and what "reset to
 * default" goes back to. Each declares the fields its body may name; the editor shows them beside the text.
 */
import type { Locale } from '@shared/contracts/common';
import type { TemplateField, TemplateKey } from '@shared/contracts/services-templates';

export interface TemplateDefault {
  fields: TemplateField[];
  text: Record<Locale, { title: string; body: string }>;
}

const f = (name: string, zh: string, en: string, item?: TemplateField[]): TemplateField => ({ name, zh, en, ...(item ? { item } : {}) });

const CASE_FIELDS = [
  f('officeName', '办理机关', 'Issuing office'),
  f('caseNumber', '受理编号', 'Case number'),
  f('kindName', '事项名称', 'Service'),
  f('applicantName', '申请人', 'Applicant'),
  f('contactName', '联系人', 'Contact person'),
  f('contactPhone', '联系电话', 'Contact phone'),
  f('submittedOn', '申请日期', 'Date applied'),
  f('issuedOn', '出具日期', 'Date of this notice'),
];

const ACCEPTANCE: TemplateDefault = {
  fields: [
    ...CASE_FIELDS,
    f('acceptedOn', '受理日期', 'Date accepted'),
    f('dueOn', '承诺办结日期', 'Promised by'),
    f('promisedDays', '承诺时限（工作日）', 'Promised time (working days)'),
  ],
  text: {
    'zh-CN': {
      title: '受理通知书',
      body: `# 受理通知书
> 受理编号：{{caseNumber}}
= {{applicantName}}：
你（单位）于{{submittedOn}}提交的“{{kindName}}”申请材料齐全、符合法定形式，根据《中华人民共和国行政许可法》第三十二条的规定，本机关决定予以受理。
本事项承诺办结时限为{{promisedDays}}个工作日，预计于{{dueOn}}前办结。办理期间请保持联系电话畅通，如需补充材料，本机关将一次性告知。
联系人：{{contactName}}，联系电话：{{contactPhone}}

> {{officeName}}
> {{issuedOn}}`,
    },
    'en-US': {
      title: 'Notice of Acceptance',
      body: `# Notice of Acceptance
> Case No.: {{caseNumber}}
= To {{applicantName}}:
The application for "{{kindName}}" you submitted on {{submittedOn}} is complete and in the form required by law. Under Article 32 of the Administrative Licensing Law of the People's Republic of China, this office has accepted it on {{acceptedOn}}.
We undertake to decide it within {{promisedDays}} working days, by {{dueOn}}. Please keep your phone reachable; should any further material be needed, we will tell you everything at once.
Contact: {{contactName}}, tel. {{contactPhone}}

> {{officeName}}
> {{issuedOn}}`,
    },
  },
};

const NOTICE: TemplateDefault = {
  fields: [
    ...CASE_FIELDS,
    f('items', '需补正的材料', 'Missing items', [f('name', '材料名称', 'Document'), f('requirement', '要求', 'Requirement'), f('note', '说明', 'Note')]),
    f('note', '补正说明', 'Note'),
  ],
  text: {
    'zh-CN': {
      title: '一次性告知书',
      body: `# 补正材料一次性告知书
> 编号：{{caseNumber}}
= {{applicantName}}：
你（单位）于{{submittedOn}}提交的“{{kindName}}”申请，经审查，申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条的规定，现一次性告知你（单位）需要补正的全部内容如下：
| 序号 | 材料名称 | 要求 | 说明 |
{{#items}}
| {{no}} | {{name}} | {{requirement}} | {{note}} |
{{/items}}
{{note}}
请按上述要求补正全部材料后重新提交。补正期间不计入办理时限，自收到全部补正材料之日起重新计算。
联系人：{{contactName}}，联系电话：{{contactPhone}}

> {{officeName}}
> {{issuedOn}}`,
    },
    'en-US': {
      title: 'One-time Notice of Missing Material',
      body: `# One-time Notice of Missing Material
> No.: {{caseNumber}}
= To {{applicantName}}:
Your application for "{{kindName}}" submitted on {{submittedOn}} is incomplete or not in the form required by law. Under Article 32 of the Administrative Licensing Law of the People's Republic of China, we hereby tell you at once everything that must be supplied:
| No. | Document | Requirement | Note |
{{#items}}
| {{no}} | {{name}} | {{requirement}} | {{note}} |
{{/items}}
{{note}}
Please supply all of the above and submit again. The time taken does not count towards the time limit, which starts again on the day all the material is received.
Contact: {{contactName}}, tel. {{contactPhone}}

> {{officeName}}
> {{issuedOn}}`,
    },
  },
};

const REFUSAL: TemplateDefault = {
  fields: [...CASE_FIELDS, f('reason', '不予受理（办理）的理由', 'Reason'), f('decidedOn', '决定日期', 'Date of decision')],
  text: {
    'zh-CN': {
      title: '不予受理（办理）告知书',
      body: `# 不予受理（办理）告知书
> 编号：{{caseNumber}}
= {{applicantName}}：
你（单位）于{{submittedOn}}提交的“{{kindName}}”申请，经审查，本机关决定不予受理（办理），理由如下：
{{reason}}
如对本决定不服，可以自收到本告知书之日起六十日内依法申请行政复议，或者自收到本告知书之日起六个月内依法向人民法院提起行政诉讼。

> {{officeName}}
> {{decidedOn}}`,
    },
    'en-US': {
      title: 'Notice of Refusal',
      body: `# Notice of Refusal
> No.: {{caseNumber}}
= To {{applicantName}}:
Having examined your application for "{{kindName}}" submitted on {{submittedOn}}, this office has decided not to accept (grant) it, for the following reason:
{{reason}}
If you disagree with this decision, you may apply for administrative reconsideration within sixty days of receiving this notice, or bring an administrative lawsuit before a people's court within six months of receiving it.

> {{officeName}}
> {{decidedOn}}`,
    },
  },
};

const INVITEE = [
  f('name', '姓名', 'Name'),
  f('sex', '性别', 'Sex'),
  f('birthDate', '出生日期', 'Date of birth'),
  f('nationality', '国籍', 'Nationality'),
  f('passportNo', '护照号码', 'Passport No.'),
  f('employer', '工作单位', 'Employer'),
  f('title', '职务', 'Position'),
];

const LETTER: TemplateDefault = {
  fields: [
    f('letterNumber', '邀请函编号', 'Letter No.'),
    f('issuedOn', '签发日期', 'Date of issue'),
    f('unitName', '邀请单位', 'Inviting unit'),
    f('unitAddress', '单位地址', 'Address of the unit'),
    f('contactName', '联系人', 'Contact person'),
    f('contactPhone', '联系电话', 'Contact phone'),
    f('purpose', '来华事由', 'Purpose of the visit'),
    f('cities', '访问地点', 'Places to visit'),
    f('entryDate', '入境日期', 'Date of entry'),
    f('visaType', '签证种类', 'Visa type'),
    f('entries', '入境次数', 'Number of entries'),
    f('validity', '签证有效期', 'Validity of the visa'),
    f('stayDays', '每次停留天数', 'Days of each stay'),
    f('visaPlace', '申请签证地点', 'Where the visa is applied for'),
    f('payer', '费用负担', 'Expenses borne by'),
    f('itinerary', '日程安排', 'Itinerary'),
    f('signerName', '签发人', 'Signed by'),
    f('signerTitle', '签发人职务', 'Title of the signer'),
    f('invitees', '被邀请人', 'Invitees', INVITEE),
  ],
  text: {
    'zh-CN': {
      title: '被授权单位邀请函',
      body: `# 邀 请 函
> 编号：{{letterNumber}}
= {{visaPlace}}：
应{{unitName}}邀请，下列人员拟于{{entryDate}}前后来华，事由为{{purpose}}，访问地点为{{cities}}。请贵馆为其办理{{visaType}}签证，入境次数为{{entries}}，签证有效期{{validity}}，每次停留{{stayDays}}天。在华期间费用由{{payer}}负担。
| 序号 | 姓名 | 性别 | 出生日期 | 国籍 | 护照号码 | 工作单位 | 职务 |
{{#invitees}}
| {{no}} | {{name}} | {{sex}} | {{birthDate}} | {{nationality}} | {{passportNo}} | {{employer}} | {{title}} |
{{/invitees}}
日程安排：{{itinerary}}
邀请单位：{{unitName}}
单位地址：{{unitAddress}}
联系人：{{contactName}}，联系电话：{{contactPhone}}
特此函告。

> 签发人：{{signerName}}（{{signerTitle}}）
> {{issuedOn}}`,
    },
    'en-US': {
      title: 'Invitation Letter of Duly Authorized Unit',
      body: `# INVITATION LETTER
> No.: {{letterNumber}}
= To {{visaPlace}}:
At the invitation of {{unitName}}, the persons listed below intend to visit China on or about {{entryDate}} for {{purpose}}, visiting {{cities}}. We kindly request that they be granted a {{visaType}} visa for {{entries}} entry/entries, valid for {{validity}}, with a stay of {{stayDays}} days each time. Their expenses in China will be borne by {{payer}}.
| No. | Name | Sex | Date of birth | Nationality | Passport No. | Employer | Position |
{{#invitees}}
| {{no}} | {{name}} | {{sex}} | {{birthDate}} | {{nationality}} | {{passportNo}} | {{employer}} | {{title}} |
{{/invitees}}
Itinerary: {{itinerary}}
Inviting unit: {{unitName}}
Address: {{unitAddress}}
Contact: {{contactName}}, tel. {{contactPhone}}
Your kind assistance is highly appreciated.

> Signed by: {{signerName}}, {{signerTitle}}
> {{issuedOn}}`,
    },
  },
};

export const TEMPLATE_DEFAULTS: Record<TemplateKey, TemplateDefault> = {
  'case.acceptance': ACCEPTANCE,
  'case.notice': NOTICE,
  'case.refusal': REFUSAL,
  'invitation.letter': LETTER,
};

/** Which templates may be printed in both languages in one document. */
export const BILINGUAL_KEYS: readonly TemplateKey[] = ['invitation.letter'];
