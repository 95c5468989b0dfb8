import type { ServiceWebArea } from '../area';

/** The legalization area's pages: filled in by its own work. */
export const legalizationWeb: ServiceWebArea = { routes: [] };
