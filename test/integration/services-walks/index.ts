import type { AreaWalk } from './world';
import { casesWalk } from './cases';
import { apecWalk } from './apec';
import { accountsWalk } from './accounts';
import { invitationWalk } from './invitation';
import { templatesWalk } from './templates';
import { legalizationWalk } from './legalization';
import { visaWalk } from './visa';
import { statsWalk } from './stats';

/**
 * Every area's walk, in the order the module lists its areas. An area that registers routes adds its file here;
 * the walks fail while a registered /api/services route is in none of them.
 */
export const AREA_WALKS: AreaWalk[] = [casesWalk, templatesWalk, legalizationWalk, apecWalk, visaWalk, statsWalk, accountsWalk, invitationWalk];
