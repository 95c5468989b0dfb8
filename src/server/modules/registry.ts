import type { ModuleManifest } from '../platform/modules';
import { exchangesModule } from './exchanges/exchanges.module';
import { residentsModule } from './residents/residents.module';
import { servicesModule } from './services/services.module';
import { travelModule } from './travel/travel.module';

/** Every business module of the app, one line each; app.ts builds routes, roles and attachments from them. */
export const MODULES: readonly ModuleManifest[] = [residentsModule, exchangesModule, travelModule, servicesModule];
