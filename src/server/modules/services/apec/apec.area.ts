import { defineArea } from '../area';

/** The apec area of the service window: filled in by its own work. */
export const apecArea = defineArea({ name: 'apec' });
