/** The typing of the travel routes' named handlers: a request whose parts are those its zod schema declares. */
import type { FastifyInstance, FastifyRequest, FastifySchema, RawServerDefault, RouteGenericInterface } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { IncomingMessage } from 'node:http';
import type { Db } from '@server/db/client';

/** A request validated against the route schema `S` (its querystring, params and body as the schema outputs them). */
export type Req<S extends FastifySchema = FastifySchema> = FastifyRequest<RouteGenericInterface, RawServerDefault, IncomingMessage, S, ZodTypeProvider>;

/** The database of the app serving the request. */
export const dbOf = (req: { server: FastifyInstance }): Db => req.server.database.db;
