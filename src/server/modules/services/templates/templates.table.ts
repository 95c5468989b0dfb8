// The templates area's tables: filled in by its own work.
export {};
