import { loadConfig } from './config';
import { openDatabase, runMigrations } from './db/client';
import { buildApp } from './app';
import { bootstrap } from './bootstrap';
import { setClock } from './clock';
import { startJobSweeper } from './platform/jobs/jobs';

const config = loadConfig();
if (config.CLOCK_START) setClock(config.CLOCK_START);
const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
await runMigrations(database);
const admin = await bootstrap(database.db, config);
const app = await buildApp({ config, database });
await app.listen({ port: config.PORT, host: config.HOST });
const stopSweeper = startJobSweeper(database.db, (err) => app.log.error({ err }, 'job sweep failed'));

if (admin) {
  const line = '='.repeat(64);
  console.log(
    `\n${line}\n waishi 外事: first administrator created / 已创建首个管理员\n   username 用户名: ${admin.username}\n   password 密码:   ${admin.password}${admin.generated ? '\n   (generated; you must change it at first login / 首次登录须修改)' : ''}\n${line}\n`,
  );
}
console.log(
  `waishi listening on http://${config.HOST}:${config.PORT}  (database: ${database.kind}${database.kind === 'pglite' ? `, ${config.DATA_DIR}` : ''})`,
);

const shutdown = async () => {
  stopSweeper();
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
