import type { ServiceWebArea } from '../area';

/** The visa area's pages: filled in by its own work. */
export const visaWeb: ServiceWebArea = { routes: [] };
