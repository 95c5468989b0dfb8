// `npm run db:migrate`: applies the migrations to the configured database (DATABASE_URL, else the PGlite
// folder DATA_DIR) and exits, for an operator who upgrades before starting the app. The app migrates at start too.
import { loadConfig } from '../config';
import { openDatabase, runMigrations } from './client';

const config = loadConfig();
const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
await runMigrations(database);
await database.close();
console.log(`migrations applied (database: ${database.kind}${database.kind === 'pglite' ? `, ${config.DATA_DIR}` : ''})`);
