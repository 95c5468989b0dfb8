import type { ServiceWebArea } from '../area';

/** The stats area's pages: filled in by its own work. */
export const statsWeb: ServiceWebArea = { routes: [] };
