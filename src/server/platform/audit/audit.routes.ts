import { and, count, desc, eq, gte, ilike, lt, type SQL } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditEventSchema, auditQuerySchema } from '@shared/contracts/audit';
import { pageOf } from '@shared/contracts/common';
import { addDays } from '@shared/reference/dates';
import { auditEvents } from '../platform.table';
import { actorOf } from '../http/http';
import { escapeLike, inScope, scopeOf } from '../access/scope';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  app.get(
    '/',
    { config: { permission: 'audit.read' }, schema: { tags: ['audit'], querystring: auditQuerySchema, response: { 200: pageOf(auditEventSchema) } } },
    async (req) => {
      const q = req.query;
      // Dates are office dates (Asia/Shanghai); "to" includes the whole day.
      const conditions: Array<SQL | undefined> = [
        inScope(auditEvents.orgUnitId, scopeOf(actorOf(req))),
        q.actor ? ilike(auditEvents.actorName, `%${escapeLike(q.actor)}%`) : undefined,
        q.action ? ilike(auditEvents.action, `${escapeLike(q.action)}%`) : undefined,
        q.entityType ? eq(auditEvents.entityType, q.entityType) : undefined,
        q.entityId ? eq(auditEvents.entityId, q.entityId) : undefined,
        q.from ? gte(auditEvents.at, new Date(`${q.from}T00:00:00+08:00`)) : undefined,
        q.to ? lt(auditEvents.at, new Date(`${addDays(q.to, 1)}T00:00:00+08:00`)) : undefined,
      ];
      const where = and(...conditions);
      const [rows, [{ n }]] = await Promise.all([
        db
          .select()
          .from(auditEvents)
          .where(where)
          .orderBy(desc(auditEvents.id))
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize),
        db.select({ n: count() }).from(auditEvents).where(where),
      ]);
      return {
        items: rows.map((r) => ({ ...r, at: r.at.toISOString() })),
        total: Number(n),
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );
};
