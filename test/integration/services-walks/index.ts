import type { AreaWalk } from './world';
import { invitationWalk } from './invitation';
import { templatesWalk } from './templates';

/**
 * Every area's walk, in the order the module lists its areas. An area that registers routes adds its file here;
 * the walks fail while a registered /api/services route is in none of them.
 */
export const AREA_WALKS: AreaWalk[] = [invitationWalk, templatesWalk];
