/** The service window's enum labels shared by every kind (each kind labels its own enums in services-<kind>.ts). */
import type { CaseKind, CaseStatus, ClockSignal, DeliveryMethod, OriginalOrCopy, Urgency } from '../contracts/services';
import { defineLabels } from './labels';

export const CASE_KIND_LABELS = defineLabels<CaseKind>({
  invitation: { zh: '邀请外国人来华', en: 'Invitation letter for foreigners' },
  apec: { zh: 'APEC商务旅行卡', en: 'APEC business travel card' },
  legalization: { zh: '领事认证与附加证明书', en: 'Legalization and Apostille' },
  visa: { zh: '因公签证代办', en: 'Visa agency (official passports)' },
});

export const CASE_STATUS_LABELS = defineLabels<CaseStatus>({
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '待受理', en: 'Awaiting acceptance' },
  noticed: { zh: '待补正', en: 'Awaiting material' },
  accepted: { zh: '审核中', en: 'Under review' },
  issued: { zh: '已办结', en: 'Issued' },
  refused: { zh: '不予办理', en: 'Refused' },
  closed: { zh: '已归档', en: 'Closed' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
});

export const URGENCY_LABELS = defineLabels<Urgency>({
  normal: { zh: '普通', en: 'Normal' },
  urgent: { zh: '加急', en: 'Urgent' },
});

export const DELIVERY_LABELS = defineLabels<DeliveryMethod>({
  pickup: { zh: '窗口领取', en: 'Pick up at the window' },
  post: { zh: '邮寄', en: 'By post' },
  online: { zh: '网上下载', en: 'Download online' },
});

export const ORIGINAL_OR_COPY_LABELS = defineLabels<OriginalOrCopy>({
  original: { zh: '原件', en: 'Original' },
  copy: { zh: '复印件', en: 'Copy' },
  either: { zh: '原件或复印件', en: 'Original or copy' },
});

export const CLOCK_SIGNAL_LABELS = defineLabels<ClockSignal>({
  none: { zh: '未计时', en: 'Not started' },
  on_time: { zh: '正常', en: 'On time' },
  due_today: { zh: '今日到期', en: 'Due today' },
  warning: { zh: '黄牌预警', en: 'Yellow warning' },
  overdue: { zh: '红牌超期', en: 'Overdue' },
  paused: { zh: '暂停计时', en: 'Clock paused' },
  stopped: { zh: '已停止计时', en: 'Clock stopped' },
});
