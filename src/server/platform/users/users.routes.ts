import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamSchema } from '@shared/contracts/common';
import { createUserSchema, resetPasswordSchema, updateUserSchema, userSchema } from '@shared/contracts/users';
import { actorOf } from '../http/http';
import { createUser, listUsers, resetPassword, unlockUser, updateUser } from './users.service';

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const config = { permission: 'users.manage' as const };
  const tags = ['users'];

  app.get('/', { config, schema: { tags, response: { 200: z.array(userSchema) } } }, async (req) => listUsers(db, actorOf(req)));
  app.post('/', { config, schema: { tags, body: createUserSchema, response: { 201: userSchema } } }, async (req, reply) =>
    reply.code(201).send(await createUser(db, actorOf(req), req.body)),
  );
  app.patch('/:id', { config, schema: { tags, params: idParamSchema, body: updateUserSchema, response: { 200: userSchema } } }, async (req) =>
    updateUser(db, actorOf(req), req.params.id, req.body),
  );
  app.post('/:id/reset-password', { config, schema: { tags, params: idParamSchema, body: resetPasswordSchema, response: { 200: userSchema } } }, async (req) =>
    resetPassword(db, actorOf(req), req.params.id, req.body.password),
  );
  app.post('/:id/unlock', { config, schema: { tags, params: idParamSchema, response: { 200: userSchema } } }, async (req) =>
    unlockUser(db, actorOf(req), req.params.id),
  );
};
