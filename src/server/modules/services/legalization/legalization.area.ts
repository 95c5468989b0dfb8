import { defineArea } from '../area';

/** The legalization area of the service window: filled in by its own work. */
export const legalizationArea = defineArea({ name: 'legalization' });
