import type { ServiceWebArea } from '../area';

/** The apec area's pages: filled in by its own work. */
export const apecWeb: ServiceWebArea = { routes: [] };
