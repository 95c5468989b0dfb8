import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Permission } from '@shared/contracts/auth';
import type { Config } from './config';
import { configureJobs } from './platform/jobs/jobs';
import type { Database } from './db/client';
import { registerErrorHandler, registerGuards } from './platform/http/http';
import { registerFieldLabels } from './platform/i18n/fields';
import { postgresRateLimitStore } from './platform/auth/rate-limit-store';
import { authRoutes } from './platform/auth/auth.routes';
import { orgRoutes } from './platform/org/org.routes';
import { userRoutes } from './platform/users/users.routes';
import { auditRoutes } from './platform/audit/audit.routes';
import { jobRoutes } from './platform/jobs/jobs.routes';
import { attachmentRoutes } from './platform/files/attachments';
import { calendarRoutes } from './platform/calendar/calendar.routes';
import { attachmentOwnersOf, installModules, type ModuleManifest } from './platform/modules';
import { MODULES } from './modules/registry';

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export interface AppOptions {
  config: Config;
  database: Database;
  logger?: boolean;
  /**
   * Password checks (sign-in, change-password) per client address per minute, for all processes together, and the
   * same for each public form (app.publicRateLimit); tests raise it, one test lowers it.
   */
  loginRateLimit?: number;
  /** The business modules to mount; the registry's by default. */
  modules?: readonly ModuleManifest[];
}

/** TRUST_PROXY as Fastify takes it: a hop count becomes "trust the nearest n hops". */
function trustProxyOption(setting: Config['TRUST_PROXY']): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof setting === 'number' ? (_address, hop) => hop < setting : setting;
}

/** Mounts a module's routes, refusing at start-up a route that asks a permission the module does not define. */
function moduleScope(m: ModuleManifest) {
  return async (scoped: FastifyInstance) => {
    scoped.addHook('onRoute', (route) => {
      const permission = (route.config as { permission?: Permission } | undefined)?.permission;
      if (permission && !m.permissions.includes(permission))
        throw new Error(`module ${m.name}: route ${route.method} ${route.url} asks "${permission}", which it does not define`);
    });
    for (const [path, labels] of Object.entries(m.fields ?? {})) registerFieldLabels(path ? `${scoped.prefix}/${path}` : scoped.prefix, labels);
    await scoped.register(m.routes);
  };
}

/** Builds the whole application; main.ts listens with it, tests call inject() on it. */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger === false ? false : { level: opts.config.LOG_LEVEL },
    // Only configured proxies may tell us the client's address and protocol (TRUST_PROXY; none by default).
    trustProxy: trustProxyOption(opts.config.TRUST_PROXY),
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  const modules = opts.modules ?? MODULES;
  installModules(modules);
  app.decorate('database', opts.database);
  app.decorate('config', opts.config);
  app.decorate('publicRateLimit', opts.loginRateLimit ?? 20);
  configureJobs({ leaseSeconds: opts.config.JOB_LEASE_SECONDS, filesDir: opts.config.JOB_FILES_DIR });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  // Counted in PostgreSQL, so every app process shares one limit.
  await app.register(rateLimit, { global: false, store: postgresRateLimitStore(opts.database.db) });
  await app.register(multipart, { limits: { fileSize: 50 * 1024 * 1024, files: 1 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'waishi 外事 API', description: 'Operations platform of a local foreign affairs office', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'waishi_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, () => app.swagger());

  registerErrorHandler(app, { singlePage: existsSync(webRoot) });
  registerGuards(app);

  app.get('/api/health', { config: { public: true } }, async (_req, reply) => {
    await opts.database.db.execute('select 1' as never);
    return reply.send({ status: 'ok', database: opts.database.kind });
  });

  await app.register(authRoutes, { prefix: '/api/auth', loginRateLimit: app.publicRateLimit });
  await app.register(orgRoutes, { prefix: '/api/org' });
  await app.register(userRoutes, { prefix: '/api/users' });
  await app.register(auditRoutes, { prefix: '/api/audit' });
  await app.register(jobRoutes, { prefix: '/api' });
  await app.register(attachmentRoutes, { prefix: '/api/attachments', owners: attachmentOwnersOf(modules) });
  await app.register(calendarRoutes, { prefix: '/api/calendar' });
  for (const m of modules) await app.register(moduleScope(m), { prefix: `/api/${m.name}` });

  if (existsSync(webRoot)) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false });
  }
  return app;
}
