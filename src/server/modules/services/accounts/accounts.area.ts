import { defineArea } from '../area';

/** The accounts area of the service window: filled in by its own work. */
export const accountsArea = defineArea({ name: 'accounts' });
