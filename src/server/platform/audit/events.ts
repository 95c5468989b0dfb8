/**
 * Audit event types. Every action the audit log records is declared with a zod schema of its `detail`
 * (what the before/after columns do not say: a filter, a file name, a job's totals). The platform declares
 * its own here; each module declares its own in `<module>.audit.ts` and adds them to AuditEventTypes by
 * declaration merging, so this file names no module:
 *
 *   export const travelAuditEvents = defineAuditEvents({ 'travelReminder.send': z.object({ … }) });
 *   declare module '../../platform/audit/events' { interface AuditEventTypes extends AuditDetailsOf<typeof travelAuditEvents> {} }
 *
 * recordAudit then accepts only declared actions with their detail's type, and checks the detail against
 * the schema at run time, so the log stays readable by the office's audit page and by a later query.
 */
import { z } from 'zod';

export type AuditEventSchemas = Readonly<Record<string, z.ZodType>>;
export const defineAuditEvents = <T extends AuditEventSchemas>(events: T): T => events;
/** The detail types of a set of declared events. */
export type AuditDetailsOf<T extends AuditEventSchemas> = { [K in keyof T]: z.input<T[K]> };

/** An event that carries no detail: before/after say it all. */
export const noDetail = z.undefined();
/** An export: the filter it was made with and how many rows it wrote. */
export const exportDetail = z.object({ filter: z.record(z.string(), z.unknown()), rows: z.number().int().nonnegative() });
/** A row an import created or changed: which job and which row of its sheet. */
export const importRowDetail = z.object({ jobId: z.number().int(), row: z.number().int() });
/** A finished import job: its file and totals. */
export const importJobDetail = z.looseObject({ fileName: z.string(), rows: z.number().int().nonnegative() });

const failedCheck = z.object({
  username: z.string(),
  reason: z.enum(['unknownUser', 'disabled', 'wrongPassword']),
  source: z.enum(['knownDevice', 'address']),
});

const PLATFORM_AUDIT_EVENTS = defineAuditEvents({
  'auth.login': z.object({ knownDevice: z.boolean() }),
  'auth.loginFailed': failedCheck,
  // A failed check that locked the source: from the sign-in page (with the name typed) or from a password change.
  'auth.locked': failedCheck.optional(),
  'auth.passwordCheckFailed': noDetail,
  'auth.logout': noDetail,
  'auth.passwordChanged': noDetail,
  'user.localeChanged': noDetail,
  'user.create': z.object({ bootstrap: z.literal(true) }).optional(),
  'user.update': noDetail,
  'user.passwordReset': noDetail,
  'user.unlock': noDetail,
  'org.create': noDetail,
  'org.update': noDetail,
  'calendar.create': noDetail,
  'calendar.update': noDetail,
  'calendar.import': z.object({ file: z.string().optional(), rows: z.number().int().nonnegative() }),
  'calendar.delete': noDetail,
  'attachment.add': z.object({ name: z.string(), size: z.number().int().nonnegative() }),
});

// The modules add their events to this interface by declaration merging.
export interface AuditEventTypes extends AuditDetailsOf<typeof PLATFORM_AUDIT_EVENTS> {}
export type AuditAction = keyof AuditEventTypes & string;

let schemas = new Map<string, z.ZodType>(Object.entries(PLATFORM_AUDIT_EVENTS));

/** Installs the registered modules' event types beside the platform's; an action declared twice refuses to start. */
export function installAuditEvents(sets: readonly AuditEventSchemas[]): void {
  const next = new Map<string, z.ZodType>(Object.entries(PLATFORM_AUDIT_EVENTS));
  for (const set of sets) {
    for (const [action, schema] of Object.entries(set)) {
      if (next.has(action)) throw new Error(`audit event "${action}" is declared twice`);
      next.set(action, schema);
    }
  }
  schemas = next;
}

/** Refuses an action nobody declared or a detail that is not of its declared type: a programming error, not the user's. */
export function checkAuditDetail(action: string, detail: unknown): void {
  const schema = schemas.get(action);
  if (!schema) throw new Error(`audit event "${action}" is not declared`);
  const parsed = schema.safeParse(detail ?? undefined);
  if (!parsed.success) throw new Error(`audit event "${action}": the detail is not of its declared type: ${parsed.error.message}`);
}

/** The declared actions, for the audit page's filter. */
export const auditActions = (): string[] => [...schemas.keys()].sort();
