import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamSchema } from '@shared/contracts/common';
import { createOrgUnitSchema, orgUnitSchema, updateOrgUnitSchema } from '@shared/contracts/org';
import { actorOf } from '../http/http';
import { createOrgUnit, listOrgUnits, updateOrgUnit } from './org.service';
import { scopeOf } from '../access/scope';

export const orgRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  app.get('/tree', { schema: { tags: ['org'], response: { 200: z.array(orgUnitSchema) } } }, async (req) => listOrgUnits(db, scopeOf(actorOf(req))));

  app.post(
    '/units',
    { config: { permission: 'org.manage' }, schema: { tags: ['org'], body: createOrgUnitSchema, response: { 201: orgUnitSchema } } },
    async (req, reply) => reply.code(201).send(await createOrgUnit(db, actorOf(req), req.body)),
  );

  app.patch(
    '/units/:id',
    { config: { permission: 'org.manage' }, schema: { tags: ['org'], params: idParamSchema, body: updateOrgUnitSchema, response: { 200: orgUnitSchema } } },
    async (req) => updateOrgUnit(db, actorOf(req), req.params.id, req.body),
  );
};
