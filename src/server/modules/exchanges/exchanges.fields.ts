/** Visits, events and friendship cities: their fields as the office names them, for every refusal. */
import type { FieldLabels, Localized } from '../../platform/i18n/fields';

export const VISIT_TYPE_LABELS: Record<string, Localized> = {
  government: { zh: '外国政府代表团', en: 'Foreign government delegation' }, consulate: { zh: '驻华使领馆', en: 'Consulate / embassy' },
  media: { zh: '外国媒体', en: 'Foreign media' }, hk_macao: { zh: '港澳团组', en: 'Hong Kong / Macao group' },
  enterprise: { zh: '企业', en: 'Enterprise' }, university: { zh: '高校', en: 'University' }, other: { zh: '其他', en: 'Other' },
};
export const VISIT_STATUS_LABELS: Record<string, Localized> = {
  planned: { zh: '计划', en: 'Planned' }, completed: { zh: '已完成', en: 'Completed' }, cancelled: { zh: '已取消', en: 'Cancelled' },
};
export const EVENT_KIND_LABELS: Record<string, Localized> = {
  festival: { zh: '节庆', en: 'Festival' }, forum: { zh: '论坛', en: 'Forum' }, fair: { zh: '展会', en: 'Fair' }, other: { zh: '其他', en: 'Other' },
};
export const RELATION_LABELS: Record<string, Localized> = {
  friendship: { zh: '友好城市', en: 'Sister city' },
  friendly_exchange: { zh: '友好交流城市', en: 'Friendly exchange city' },
  friendly_cooperation: { zh: '友好合作城市', en: 'Friendly cooperation city' },
};
export const PAIR_STATUS_LABELS: Record<string, Localized> = {
  active: { zh: '活跃', en: 'Active' }, dormant: { zh: '休眠', en: 'Dormant' }, ended: { zh: '终止', en: 'Ended' },
};
const TIER_LABELS: Record<string, Localized> = { 1: { zh: '一类', en: 'tier 1' }, 2: { zh: '二类', en: 'tier 2' }, 3: { zh: '三类', en: 'tier 3' } };
const EXCHANGE_KIND_LABELS: Record<string, Localized> = {
  visit_in: { zh: '来访', en: 'incoming visit' }, visit_out: { zh: '出访', en: 'outgoing visit' }, letter: { zh: '函电', en: 'letter' },
  agreement: { zh: '协议', en: 'agreement' }, project: { zh: '合作项目', en: 'project' }, other: { zh: '其他', en: 'other' },
};
const YES_NO: Record<string, Localized> = { true: { zh: '是', en: 'yes' }, false: { zh: '否', en: 'no' } };

export const EXCHANGE_FIELDS: FieldLabels = {
  orgUnitId: { zh: '所属单位（我方）', en: 'Local party' },
  type: { zh: '来访类型', en: 'Type of visit', values: VISIT_TYPE_LABELS },
  startDate: { zh: '开始日期', en: 'Start date' },
  endDate: { zh: '结束日期', en: 'End date' },
  countries: { zh: '国家/地区', en: 'Countries' },
  country: { zh: '国家', en: 'Country' },
  organisation: { zh: '来访单位', en: 'Organisation' },
  headName: { zh: '团长姓名', en: 'Head of delegation' },
  headTitle: { zh: '团长职务', en: 'Title of the head' },
  headRank: { zh: '团长级别', en: 'Rank of the head' },
  peopleCount: { zh: '人数', en: 'Number of people' },
  purpose: { zh: '来访目的', en: 'Purpose' },
  hostUnit: { zh: '接待单位', en: 'Host unit' },
  receivingLeader: { zh: '会见领导', en: 'Receiving leader' },
  programme: { zh: '日程', en: 'Programme' },
  'programme.date': { zh: '日程日期', en: 'Programme date' },
  'programme.time': { zh: '日程时间', en: 'Programme time' },
  'programme.item': { zh: '日程内容', en: 'Programme item' },
  'programme.place': { zh: '日程地点', en: 'Programme place' },
  agreementsSigned: { zh: '签署协议数', en: 'Agreements signed' },
  outcomes: { zh: '成果', en: 'Outcomes' },
  friendshipCityId: { zh: '关联友好城市', en: 'Linked friendship city' },
  eventId: { zh: '关联活动', en: 'Linked event' },
  name: { zh: '活动名称', en: 'Name of the event' },
  venue: { zh: '地点', en: 'Venue' },
  guestsCount: { zh: '嘉宾人数', en: 'Guests' },
  consulsCount: { zh: '领事人数', en: 'Consuls' },
  mediaCount: { zh: '媒体数', en: 'Media outlets (count)' },
  mediaOutlets: { zh: '媒体', en: 'Media outlets' },
  foreignCityZh: { zh: '外国城市（中文）', en: 'Foreign city (Chinese)' },
  foreignCityEn: { zh: '外国城市（英文）', en: 'Foreign city (English)' },
  provinceState: { zh: '省/州', en: 'Province/state' },
  relationType: { zh: '关系类型', en: 'Relation type', values: RELATION_LABELS },
  establishedOn: { zh: '缔结日期', en: 'Date established' },
  agreementDoc: { zh: '协议', en: 'Agreement' },
  tier: { zh: '管理层级', en: 'Tier', values: TIER_LABELS },
  industries: { zh: '合作领域', en: 'Fields of cooperation' },
  contacts: { zh: '联系人', en: 'Contacts' },
  'contacts.name': { zh: '联系人姓名', en: 'Contact name' },
  'contacts.title': { zh: '联系人职务', en: 'Contact title' },
  'contacts.phone': { zh: '联系人电话', en: 'Contact phone' },
  'contacts.email': { zh: '联系人邮箱', en: 'Contact e-mail' },
  continent: { zh: '大洲', en: 'Continent' },
  dormant: { zh: '是否休眠', en: 'Dormant', values: YES_NO },
  archived: { zh: '是否归档', en: 'Archived', values: YES_NO },
  occurredOn: { zh: '日期', en: 'Date' },
  title: { zh: '标题', en: 'Title' },
  description: { zh: '内容', en: 'Description' },
  withinDays: { zh: '天数', en: 'Days ahead' },
  days: { zh: '天数', en: 'Days ahead' },
  friendshipCityTarget: { zh: '友城目标数', en: 'Target number of pairs' },
  dormantYears: { zh: '休眠年限', en: 'Dormancy period (years)' },
  notes: { zh: '备注', en: 'Notes' },
};
/** Fields whose name means different things in the three registers, by the path of the route. */
export const EXCHANGE_FIELDS_BY_KIND: Record<'visits' | 'events' | 'cities', FieldLabels> = {
  visits: { status: { zh: '状态', en: 'Status', values: VISIT_STATUS_LABELS } },
  events: { kind: { zh: '活动类型', en: 'Kind of event', values: EVENT_KIND_LABELS } },
  cities: { status: { zh: '状态', en: 'Status', values: PAIR_STATUS_LABELS }, kind: { zh: '交流类型', en: 'Kind of exchange', values: EXCHANGE_KIND_LABELS } },
};
