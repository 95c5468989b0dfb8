import type { ServiceWebArea } from '../area';

/** The templates area's pages: filled in by its own work. */
export const templatesWeb: ServiceWebArea = { routes: [] };
