import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  // Every table file of the platform and of the modules; test/unit/server/module-registry.test.ts checks that each
  // module's tables are the ones its manifest declares, so a table of an unregistered module cannot slip in.
  schema: ['./src/server/platform/**/*.table.ts', './src/server/modules/*/*.table.ts'],
  out: './src/server/db/migrations',
});
