import { defineArea } from '../area';

/** The visa area of the service window: filled in by its own work. */
export const visaArea = defineArea({ name: 'visa' });
