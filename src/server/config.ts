import 'dotenv/config';
import { isIP } from 'node:net';
import { z } from 'zod';

// An empty variable (DATABASE_URL=) means unset, as in most deployment tools.
const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const isAddressOrCidr = (s: string) => {
  if (PROXY_NAMES.has(s)) return true;
  const [addr, bits, ...rest] = s.split('/');
  if (rest.length || !isIP(addr)) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (isIP(addr) === 4 ? 32 : 128);
};

/**
 * Which peers may tell us the client's address and protocol (X-Forwarded-For/-Proto): none by
 * default; a hop count ("1": the one reverse proxy in front) or addresses/CIDRs ("10.0.0.5,10.1.0.0/16").
 * Passed to Fastify's trustProxy, so request.ip and request.protocol follow it.
 */
const trustProxySchema = z
  .preprocess(
    (v) => (v === '' || v === undefined ? 'none' : v),
    z
      .string()
      .trim()
      .refine((v) => v === 'none' || /^\d{1,2}$/.test(v) || v.split(',').every((p) => isAddressOrCidr(p.trim())), {
        message: 'none, a hop count such as 1, or comma-separated addresses/CIDRs such as 10.0.0.5,10.1.0.0/16',
      }),
  )
  .transform((v): false | number | string[] => (v === 'none' ? false : /^\d+$/.test(v) ? Number(v) : v.split(',').map((p) => p.trim())));

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: optional(z.string().url()),
  ADMIN_USERNAME: z.string().min(1).default('admin'),
  ADMIN_PASSWORD: optional(z.string().min(8)),
  CITY_DIVISION_CODE: z
    .string()
    .regex(/^\d{4}$/, 'a 4-digit GB/T 2260 city code such as 3301')
    .default('3301'),
  SESSION_HOURS: z.coerce.number().positive().default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().positive().default(15),
  /** Failures of one account from sources that are not its known devices before each further check waits. */
  LOGIN_ACCOUNT_FAILURES: z.coerce.number().int().positive().default(10),
  /** How long a browser that signed in stays a known device of that account. */
  KNOWN_DEVICE_DAYS: z.coerce.number().positive().default(90),
  TRUST_PROXY: trustProxySchema,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Starts the app's clock at this instant instead of the machine's time (training, demos, tests). */
  CLOCK_START: optional(z.string().datetime({ offset: true })),
  /**
   * Where uploaded workbooks wait for their import job (a folder per job, removed when it ends; start-up and a
   * periodic sweep remove those of jobs no longer running, e.g. after a kill -9).
   */
  JOB_FILES_DIR: optional(z.string().min(1)),
  /** How long a running job stays its process's without renewal; a job whose process died is failed after this. */
  JOB_LEASE_SECONDS: z.coerce.number().positive().default(60),
  /** auto: Secure when the request came over HTTPS (X-Forwarded-Proto counts only from a trusted proxy). */
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
});

export type Config = z.infer<typeof configSchema>;

/** Every setting, from the environment (and .env), validated once at start. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}
