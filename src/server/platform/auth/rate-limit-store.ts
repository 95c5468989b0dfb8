import { sql } from 'drizzle-orm';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { clock } from '@server/clock';
import type { Db } from '@server/db/client';

/**
 * A store for @fastify/rate-limit in PostgreSQL, so every app process counts against the same limit
 * (the plugin's own store is per process). Fixed windows: one row per route and client key, counted
 * by one atomic upsert; the clock is the app's, so tests can move past a window.
 */
export function postgresRateLimitStore(db: Db): FastifyRateLimitStoreCtor {
  return class PostgresRateLimitStore implements FastifyRateLimitStore {
    private readonly prefix: string;
    constructor(options: object = {}) {
      const opts = options as { routeInfo?: { method?: string | string[]; url?: string }; groupId?: string };
      this.prefix = opts.groupId ?? (opts.routeInfo?.url ? `${String(opts.routeInfo.method)} ${opts.routeInfo.url}` : 'global');
    }

    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      const now = clock.now();
      const expired = new Date(now.getTime() - timeWindow).toISOString();
      db.execute(
        sql`insert into rate_limits as r (key, window_start, hits) values (${`${this.prefix}|${key}`}, ${now.toISOString()}::timestamptz, 1)
        on conflict (key) do update set
          hits = case when r.window_start <= ${expired}::timestamptz then 1 else r.hits + 1 end,
          window_start = case when r.window_start <= ${expired}::timestamptz then excluded.window_start else r.window_start end
        returning hits, window_start`,
      )
        .then(async (result) => {
          const [row] = (result as unknown as { rows: Array<{ hits: number; window_start: Date }> }).rows;
          // A new window sweeps the windows that ended a day ago, rather than a timer doing it.
          if (Number(row.hits) === 1) {
            await db.execute(sql`delete from rate_limits where window_start < ${new Date(now.getTime() - 86400_000).toISOString()}::timestamptz`);
          }
          const ttl = Math.max(0, new Date(row.window_start).getTime() + timeWindow - now.getTime());
          callback(null, { current: Number(row.hits), ttl });
        })
        .catch((err: Error) => callback(err));
    }

    child(routeOptions: object): FastifyRateLimitStore {
      return new PostgresRateLimitStore(routeOptions);
    }
  };
}
