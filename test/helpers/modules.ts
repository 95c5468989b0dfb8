// Unit tests call module code without building the app; install the registered modules' declarations
// (role grants, messages) the way buildApp does at start-up, so a module's refusal reads as it would.
import { installModules } from '../../src/server/platform/modules';
import { MODULES } from '../../src/server/modules/registry';

installModules(MODULES);
