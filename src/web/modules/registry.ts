import type { WebModule } from '../ui/module';
import { adminWebModule } from './admin/admin.module';
import { exchangesWebModule } from './exchanges/exchanges.module';
import { residentsWebModule } from './residents/residents.module';
import { servicesWebModule } from './services/services.module';
import { travelWebModule } from './travel/travel.module';

/** Every web module, one line each, in menu order; the shell builds routes, menu, landing page and dictionaries from them. */
export const WEB_MODULES: readonly WebModule[] = [residentsWebModule, exchangesWebModule, travelWebModule, servicesWebModule, adminWebModule];
