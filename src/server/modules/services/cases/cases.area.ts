import { defineArea } from '../area';

/** The cases area of the service window: filled in by its own work. */
export const casesArea = defineArea({ name: 'cases' });
