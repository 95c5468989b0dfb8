import type { ServiceWebArea } from '../area';

/** The cases area's pages: filled in by its own work. */
export const casesWeb: ServiceWebArea = { routes: [] };
