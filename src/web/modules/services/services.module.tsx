import { ShopOutlined } from '@ant-design/icons';
import { defineStrings, type StringKeysOf } from '@web/ui/i18n';
import { defineWebModule } from '@web/ui/module';
import type { ServiceWebArea } from './area';
import { servicesEnUS } from './strings.en-US';
import { servicesZhCN } from './strings.zh-CN';
import { casesWeb } from './cases/cases.web';
import { casesEnUS } from './cases/strings.en-US';
import { casesZhCN } from './cases/strings.zh-CN';
import { invitationWeb } from './invitation/invitation.web';
import { invitationEnUS } from './invitation/strings.en-US';
import { invitationZhCN } from './invitation/strings.zh-CN';
import { apecWeb } from './apec/apec.web';
import { apecEnUS } from './apec/strings.en-US';
import { apecZhCN } from './apec/strings.zh-CN';
import { legalizationWeb } from './legalization/legalization.web';
import { legalizationEnUS } from './legalization/strings.en-US';
import { legalizationZhCN } from './legalization/strings.zh-CN';
import { visaWeb } from './visa/visa.web';
import { visaEnUS } from './visa/strings.en-US';
import { visaZhCN } from './visa/strings.zh-CN';
import { accountsWeb } from './accounts/accounts.web';
import { accountsEnUS } from './accounts/strings.en-US';
import { accountsZhCN } from './accounts/strings.zh-CN';
import { templatesWeb } from './templates/templates.web';
import { templatesEnUS } from './templates/strings.en-US';
import { templatesZhCN } from './templates/strings.zh-CN';
import { statsWeb } from './stats/stats.web';
import { statsEnUS } from './stats/strings.en-US';
import { statsZhCN } from './stats/strings.zh-CN';

const servicesStrings = defineStrings(
  { ...servicesZhCN, ...casesZhCN, ...invitationZhCN, ...apecZhCN, ...legalizationZhCN, ...visaZhCN, ...accountsZhCN, ...templatesZhCN, ...statsZhCN },
  { ...servicesEnUS, ...casesEnUS, ...invitationEnUS, ...apecEnUS, ...legalizationEnUS, ...visaEnUS, ...accountsEnUS, ...templatesEnUS, ...statsEnUS },
);
declare module '../../ui/i18n' {
  interface WebStrings extends StringKeysOf<typeof servicesStrings> {}
}

/** The areas in menu order: the queue and the cases first, then each kind, unit accounts, the figures. */
const AREAS: readonly ServiceWebArea[] = [casesWeb, invitationWeb, apecWeb, legalizationWeb, visaWeb, accountsWeb, templatesWeb, statsWeb];

/** The one-stop service window: the office's queue, each kind of case, unit accounts and the figures. */
export const servicesWebModule = defineWebModule({
  name: 'services',
  strings: servicesStrings,
  routes: AREAS.flatMap((a) => a.routes),
  menu: {
    group: { key: 'services', label: 'menu.services', icon: <ShopOutlined />, testid: 'menu-services' },
    entries: AREAS.flatMap((a) => a.menu ?? []),
  },
  home: AREAS.flatMap((a) => a.home ?? []),
});
