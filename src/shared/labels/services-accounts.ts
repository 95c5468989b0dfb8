/** The unit accounts' labels. */
import type { RegistrationFile, RegistrationState } from '../contracts/services-accounts';
import { defineLabels } from './labels';

export const REGISTRATION_STATE_LABELS = defineLabels<RegistrationState>({
  pending: { zh: '待审核', en: 'Pending' },
  approved: { zh: '已通过', en: 'Approved' },
  rejected: { zh: '未通过', en: 'Rejected' },
});

export const REGISTRATION_FILE_LABELS = defineLabels<RegistrationFile>({
  filing: { zh: '备案表', en: 'Filing form' },
  licence: { zh: '营业执照', en: 'Business licence' },
});
