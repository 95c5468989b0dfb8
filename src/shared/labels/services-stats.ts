/** The figures' own words. */
import { type Label } from './labels';

/** Where the cases people filed in their own name count in the figures by unit. */
export const OWN_NAME_APPLICANTS: Label = { zh: '个人申请', en: 'Individuals' };
