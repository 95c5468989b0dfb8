import { defineArea } from '../area';

/** The stats area of the service window: filled in by its own work. */
export const statsArea = defineArea({ name: 'stats' });
