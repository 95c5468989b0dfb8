// The service window's tables, one file per area; drizzle-kit reads this file (drizzle.config.ts) and the manifest declares it.
export * from './cases/cases.table';
export * from './invitation/invitation.table';
export * from './apec/apec.table';
export * from './legalization/legalization.table';
export * from './visa/visa.table';
export * from './accounts/accounts.table';
export * from './templates/templates.table';
