/** The window's figures under /api/services/stats: the figures of a period and the same cut as a workbook. */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { statsQuerySchema, statsSchema } from '@shared/contracts/services-stats';
import { sendWorkbook } from '@server/platform/files/excel';
import { contextOf as ctx, type Req } from '@server/platform/http/handlers';
import { statsWorkbook } from './stats.excel';
import { serviceStats } from './stats.service';

const tags = ['services'];
const figures = { tags, querystring: statsQuerySchema, response: { 200: statsSchema } };
async function getServiceStats(req: Req<typeof figures>) {
  const { db, actor } = ctx(req);
  return serviceStats(db, actor, req.query);
}
const exportFigures = { tags, querystring: statsQuerySchema };
async function exportServiceStats(req: Req<typeof exportFigures>, reply: FastifyReply) {
  const { db, actor } = ctx(req);
  return sendWorkbook(reply, await statsWorkbook(db, actor, req.query));
}

export const statsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/stats', { config: { permission: 'services.read' }, schema: figures }, getServiceStats);
  app.get('/stats/export.xlsx', { config: { permission: 'services.export' }, schema: exportFigures }, exportServiceStats);
};
