import type { ServiceWebArea } from '../area';

/** The accounts area's pages: filled in by its own work. */
export const accountsWeb: ServiceWebArea = { routes: [] };
