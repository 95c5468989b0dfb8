import { defineArea } from '../area';

/** The templates area of the service window: filled in by its own work. */
export const templatesArea = defineArea({ name: 'templates' });
