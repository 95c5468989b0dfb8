// Every table of every module, for drizzle-kit (migrations) and for tests and benchmarks. The app does not
// import it: db/client's Db carries no schema, so the platform reaches no module's tables through it.
export * from '../platform/platform.table';
export * from '../modules/residents/residents.table';
export * from '../modules/exchanges/exchanges.table';
export * from '../modules/travel/travel.table';
export * from '../platform/calendar/calendar.table';
