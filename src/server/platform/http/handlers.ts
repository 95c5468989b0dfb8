/**
 * The typing of a module's named route handlers: `async function listVisits(req: Req<typeof schema>, reply: Reply<typeof schema>)`
 * receives its querystring, params and body as the route's zod schema outputs them, and `contextOf(req)` gives the
 * database and the signed-in user the service needs.
 */
import type {
  ContextConfigDefault,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifySchema,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
  RouteGenericInterface,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '@server/db/client';
import type { Actor } from '../access/actor';
import { actorOf } from './http';

/** A request validated against the route schema `S`. */
export type Req<S extends FastifySchema = FastifySchema> = FastifyRequest<
  RouteGenericInterface,
  RawServerDefault,
  RawRequestDefaultExpression,
  S,
  ZodTypeProvider
>;

/** The reply of a route with schema `S`: what it sends is checked against the schema's response. */
export type Reply<S extends FastifySchema = FastifySchema> = FastifyReply<
  RouteGenericInterface,
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  ContextConfigDefault,
  S,
  ZodTypeProvider
>;

/** The database of the app serving the request. */
export const dbOf = (req: { server: FastifyInstance }): Db => req.server.database.db;

/** The database and the signed-in user of a request. */
export const contextOf = (req: FastifyRequest): { db: Db; actor: Actor } => ({ db: dbOf(req), actor: actorOf(req) });
