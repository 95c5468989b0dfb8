import type { ServiceWebArea } from '../area';

/** The invitation area's pages: filled in by its own work. */
export const invitationWeb: ServiceWebArea = { routes: [] };
