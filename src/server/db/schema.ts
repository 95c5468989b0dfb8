// Every table of every module, for drizzle-kit and for typed queries.
export * from '../platform/platform.table';
export * from '../modules/residents/residents.table';
export * from '../modules/exchanges/exchanges.table';
export * from '../modules/travel/travel.table';
export * from '../platform/calendar/calendar.table';
