import { and, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamSchema } from '@shared/contracts/common';
import { jobSchema } from '@shared/contracts/jobs';
import { storedFiles } from '../platform.table';
import { downloadHeaders } from '../files/download';
import { notFound } from '../http/errors';
import { actorOf } from '../http/http';
import { findOwnJob, presentJob } from './jobs';

/** Progress of one's own jobs and download of the files they produced. */
export const jobRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  app.get('/jobs/:id', { schema: { tags: ['jobs'], params: idParamSchema, response: { 200: jobSchema } } }, async (req) => {
    const job = await findOwnJob(db, actorOf(req), req.params.id);
    if (!job) throw notFound();
    return presentJob(job);
  });

  app.get('/files/:id', { schema: { tags: ['jobs'], params: idParamSchema } }, async (req, reply) => {
    const actor = actorOf(req);
    const [file] = await db
      .select()
      .from(storedFiles)
      .where(and(eq(storedFiles.id, req.params.id), eq(storedFiles.userId, actor.userId)));
    if (!file) throw notFound();
    return reply.headers(downloadHeaders(file.name, file.contentType)).send(file.content);
  });
};
