import type { FastifyPluginAsync } from 'fastify';
import type { Permission, Role } from '../../shared/contracts/auth';
import type { AttachmentOwners } from './files/attachments';

/**
 * What a business module tells the platform about itself, in one place (its `<module>.module.ts`).
 * The app, the role table and the attachment download are built from the registered manifests
 * (src/server/modules/registry.ts), so the platform names no module and adding one touches its own
 * folder plus one registry line.
 */
export interface ModuleManifest {
  /** The module's folder name, also the last part of its API prefix: /api/<name>. */
  name: string;
  /** Its HTTP routes, mounted under /api/<name>. */
  routes: FastifyPluginAsync;
  /** The permissions the module defines; every route it registers asks one of these. */
  permissions: readonly Permission[];
  /** Which roles hold which of its permissions; where they may use them is their org subtree. */
  grants: Partial<Record<Role, readonly Permission[]>>;
  /** The kinds of record of this module that own attachments (see files/attachments.ts). */
  attachmentOwners?: AttachmentOwners;
}

/** Declares a module; the identity function, there so a manifest is checked against the type where it is written. */
export const defineModule = (manifest: ModuleManifest): ModuleManifest => manifest;

/** All attachment owner kinds of the given modules; two modules may not claim the same kind. */
export function attachmentOwnersOf(modules: readonly ModuleManifest[]): AttachmentOwners {
  const owners: AttachmentOwners = {};
  for (const m of modules) {
    for (const [kind, owner] of Object.entries(m.attachmentOwners ?? {})) {
      if (owners[kind]) throw new Error(`attachment owner kind "${kind}" is claimed twice (module ${m.name})`);
      owners[kind] = owner;
    }
  }
  return owners;
}
