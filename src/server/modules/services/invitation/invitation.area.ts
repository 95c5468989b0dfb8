import { defineArea } from '../area';

/** The invitation area of the service window: filled in by its own work. */
export const invitationArea = defineArea({ name: 'invitation' });
