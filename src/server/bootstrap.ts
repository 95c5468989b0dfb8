import { count, isNull } from 'drizzle-orm';
import type { Config } from './config';
import type { Db } from './db/client';
import { orgUnits } from './platform/platform.table';
import { configureJobs, recoverJobs } from './platform/jobs/jobs';
import { seedOrgTree } from './platform/org/org.seed';
import { ensureFirstAdmin } from './platform/users/users.service';

/** First start: seed the city's org tree and the first administrator. Later starts: tidy up after a crash. */
export async function bootstrap(db: Db, config: Config) {
  const [{ n }] = await db.select({ n: count() }).from(orgUnits);
  if (Number(n) === 0) await seedOrgTree(db, config.CITY_DIVISION_CODE);
  // Only jobs whose process died (lease run out): other processes' running imports are left alone.
  configureJobs({ leaseSeconds: config.JOB_LEASE_SECONDS, filesDir: config.JOB_FILES_DIR });
  await recoverJobs(db, { atStartup: true });
  const [root] = await db.select().from(orgUnits).where(isNull(orgUnits.parentId)).limit(1);
  const admin = await ensureFirstAdmin(db, { username: config.ADMIN_USERNAME, password: config.ADMIN_PASSWORD, orgUnitId: root.id });
  return admin && { ...admin, generated: !config.ADMIN_PASSWORD };
}
