/** The invitation letter's enum labels (visa types, entries, who pays, close-out). */
import type { CloseOutKind, CloseOutState, LetterEntries, Payer, ValidityUnit, VisaType } from '../contracts/services-invitation';
import { defineLabels } from './labels';

export const VISA_TYPE_LABELS = defineLabels<VisaType>({
  F: { zh: 'F（交流、访问、考察）', en: 'F (exchange, visit, study tour)' },
  M: { zh: 'M（商业贸易）', en: 'M (business and trade)' },
  Z: { zh: 'Z（工作）', en: 'Z (work)' },
  X1: { zh: 'X1（长期学习）', en: 'X1 (long-term study)' },
  X2: { zh: 'X2（短期学习）', en: 'X2 (short-term study)' },
  J1: { zh: 'J1（常驻记者）', en: 'J1 (resident journalist)' },
  J2: { zh: 'J2（临时采访）', en: 'J2 (short-term reporting)' },
  Q1: { zh: 'Q1（家庭团聚，长期）', en: 'Q1 (family reunion, long stay)' },
  Q2: { zh: 'Q2（探亲，短期）', en: 'Q2 (family visit, short stay)' },
  S1: { zh: 'S1（私人事务，长期）', en: 'S1 (private affairs, long stay)' },
  S2: { zh: 'S2（私人事务，短期）', en: 'S2 (private affairs, short stay)' },
  R: { zh: 'R（高层次人才）', en: 'R (high-level talent)' },
});

export const LETTER_ENTRIES_LABELS = defineLabels<LetterEntries>({
  single: { zh: '一次', en: 'Single entry' },
  double: { zh: '两次', en: 'Double entry' },
  multiple: { zh: '多次', en: 'Multiple entries' },
});

export const VALIDITY_UNIT_LABELS = defineLabels<ValidityUnit>({
  days: { zh: '天', en: 'days' },
  months: { zh: '个月', en: 'months' },
});

export const PAYER_LABELS = defineLabels<Payer>({
  inviting_unit: { zh: '邀请单位', en: 'The inviting unit' },
  invitee: { zh: '被邀请人', en: 'The invitee' },
  other: { zh: '其他', en: 'Other' },
});

export const CLOSE_OUT_KIND_LABELS = defineLabels<CloseOutKind>({
  left: { zh: '已离境', en: 'Left China' },
  cancelled: { zh: '行程取消', en: 'Visit cancelled' },
});

export const CLOSE_OUT_STATE_LABELS = defineLabels<CloseOutState>({
  due: { zh: '待销签', en: 'Close-out due' },
  overdue: { zh: '逾期未销签', en: 'Close-out overdue' },
  done: { zh: '已销签', en: 'Closed out' },
});
