import type { z } from 'zod';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { Permission } from '@shared/contracts/auth';
import type { Database } from '@server/db/client';
import type { Config } from '@server/config';
import { AppError, unauthenticated, forbidden } from './errors';
import { fieldLabelsFor, valueAt } from '../i18n/fields';
import { requestLocale, translate, zodIssueMessage, type MessageKey } from '../i18n/i18n';
import type { Actor } from '../access/actor';
import { actorForToken, SESSION_COOKIE } from '../auth/sessions';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in (login, health, docs). Every other /api route requires a session. */
    public?: boolean;
    /** The coarse permission the route needs; record-level scope is checked by the service. */
    permission?: Permission;
  }
  interface FastifyInstance {
    database: Database;
    config: Config;
    /** Per client network per minute: password checks, and each public form (a unit's registration) on its own. */
    publicRateLimit: number;
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** What a user whose password must still be changed may reach: who am I, change it, leave. */
const BEFORE_PASSWORD_CHANGE = new Set(['GET /api/auth/me', 'POST /api/auth/password', 'POST /api/auth/logout']);

/** Default-deny: signs the caller in from the cookie, then checks session, CSRF and the route's permission. */
export function registerGuards(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  // onRequest, before body parsing and validation: a validation error is then already in the signed-in
  // user's language, and an anonymous or forbidden caller learns nothing from field-level messages.
  app.addHook('preValidation', async (req) => {
    if (holdsNul(req.query) || holdsNul(req.params) || holdsNul(req.body)) throw new AppError(400, 'err.nulCharacter');
  });
  app.addHook('onRequest', async (req) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) req.actor = await actorForToken(app.database.db, token, req.ip, app.config.SESSION_HOURS);
    const routeConfig = req.routeOptions.config;
    // The API's own documentation is public, like the OpenAPI document it renders.
    if (!req.url.startsWith('/api/') || routeConfig.public || req.url.startsWith('/api/docs')) return;
    if (!req.actor) throw unauthenticated();
    if (req.actor.mustChangePassword && !BEFORE_PASSWORD_CHANGE.has(`${req.method} ${req.routeOptions.url}`)) {
      throw new AppError(403, 'err.mustChangePassword');
    }
    if (UNSAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== req.actor.csrfToken) {
      throw new AppError(403, 'err.csrf');
    }
    if (routeConfig.permission && !req.actor.permissions.has(routeConfig.permission)) throw forbidden();
  });
}

/** Every error becomes a localised JSON body; only a genuine fault is a 500, and it is logged. */
export function registerErrorHandler(app: FastifyInstance, opts: { singlePage: boolean }): void {
  app.setNotFoundHandler((req, reply) => {
    // Client-side routes (/residents/42) all load the single page.
    if (!req.url.startsWith('/api/') && opts.singlePage && req.method === 'GET') return reply.sendFile('index.html');
    const locale = requestLocale(req);
    return reply.code(404).send({ statusCode: 404, code: 'err.routeNotFound', message: translate(locale, 'err.routeNotFound') });
  });
  app.setErrorHandler((error: unknown, req: FastifyRequest, reply: FastifyReply) => {
    const locale = requestLocale(req);
    if (error instanceof AppError) {
      return reply.code(error.statusCode).send({
        statusCode: error.statusCode,
        code: error.key,
        message: translate(locale, error.key, error.params),
        fields: error.fields?.map((f) => ({ path: f.path, message: translate(locale, f.key, f.params) })),
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return reply.code(400).send({
        statusCode: 400,
        code: 'err.validation',
        message: translate(locale, 'err.validation'),
        fields: error.validation.map((v) => {
          const path = v.instancePath.split('/').filter(Boolean);
          const issue = { ...v.params, code: v.keyword, message: v.message ?? '', path } as unknown as z.core.$ZodIssue;
          // The route's field labels name the field; the value sent tells "required" from "wrong".
          const sent = { body: req.body, querystring: req.query, params: req.params, headers: req.headers }[String(error.validationContext ?? 'body')];
          const message = zodIssueMessage(locale, issue, { labels: fieldLabelsFor(req.routeOptions.url), input: valueAt(sent, path) });
          return { path: path.join('.') || String(error.validationContext ?? ''), message };
        }),
      });
    }
    const e = error as { statusCode?: number; code?: string; message?: string };
    const upload = uploadProblem(e);
    if (upload) {
      return reply.code(upload.status).send({ statusCode: upload.status, code: upload.key, message: translate(locale, upload.key) });
    }
    if (isResponseSerializationError(error) || !e.statusCode || e.statusCode >= 500) {
      req.log.error({ err: error }, 'unhandled error');
      return reply.code(500).send({ statusCode: 500, code: 'err.internal', message: translate(locale, 'err.internal') });
    }
    if (e.statusCode === 429) {
      return reply.code(429).send({ statusCode: 429, code: 'err.rateLimited', message: translate(locale, 'err.rateLimited') });
    }
    // Fastify's own 4xx (malformed JSON, body too large, wrong content type): keep the status, say it in the
    // user's words; Fastify's English text stays in the log.
    req.log.info({ err: error }, 'request refused by the framework');
    return reply.code(e.statusCode).send({
      statusCode: e.statusCode,
      code: e.code ?? 'err.validation',
      message: translate(locale, FRAMEWORK_REFUSALS[e.code ?? ''] ?? 'err.validation'),
    });
  });
}

const FRAMEWORK_REFUSALS: Record<string, MessageKey> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'err.badJson',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'err.badJson',
  FST_ERR_CTP_BODY_TOO_LARGE: 'err.bodyTooLarge',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'err.mediaType',
};

/** Text PostgreSQL cannot store (NUL): refused as the user's input, before any query sees it. */
function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  return Object.entries(value as Record<string, unknown>).some(([k, v]) => k.includes('\u0000') || holdsNul(v, depth + 1));
}

/** @fastify/multipart's own codes for a body that is not the form it claims to be. */
const MULTIPART_CODES = new Set([
  'FST_INVALID_MULTIPART_CONTENT_TYPE',
  'FST_PROTO_VIOLATION',
  'FST_PARTS_LIMIT',
  'FST_FILES_LIMIT',
  'FST_FIELDS_LIMIT',
  'FST_NO_FORM_DATA',
  'FST_INVALID_JSON_FIELD_ERROR',
  'FST_FILE_BUFFER_NOT_FOUND',
]);
/** What busboy throws (plain Errors, no status) for a multipart body it cannot parse. */
const BUSBOY_MALFORMED =
  /^(Malformed part header|Multipart: Boundary not found|Malformed urlencoded form|Unexpected end of multipart data|Unexpected end of form|Unexpected end of file|Part terminated early)/;

/**
 * A malformed or cut-off upload is the client's doing: a 400 in the user's words, not a 500. (A file over
 * the size limit keeps its 413; the upload helpers say which limit.)
 */
function uploadProblem(e: { statusCode?: number; code?: string; message?: string }): { status: number; key: MessageKey } | null {
  if (e.code && MULTIPART_CODES.has(e.code)) return { status: 400, key: 'err.uploadMalformed' };
  if ((!e.statusCode || e.statusCode >= 500) && typeof e.message === 'string' && BUSBOY_MALFORMED.test(e.message)) {
    return { status: 400, key: /^(Unexpected end|Part terminated)/.test(e.message) ? 'err.uploadBroken' : 'err.uploadMalformed' };
  }
  return null;
}

export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw unauthenticated();
  return req.actor;
}
