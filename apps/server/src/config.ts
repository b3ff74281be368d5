/** The only reader of process.env: parsed once, failing fast with a readable message. */
import path from 'node:path';
import { z } from 'zod';

const EnvSchema = z.object({
  DATABASE_URL: z.string().startsWith('postgres').optional(),
  DATA_DIR: z.string().default('./data'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  /** Set when the app is served behind TLS (cookies get `Secure`). */
  TRUST_PROXY: z.stringbool().default(false),
  WEB_DIST: z.string().optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Where people reach the app: join QR codes and sign-in redirects are built from it. */
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  /** JSON list of OpenID Connect issuers: `[{"id","name","issuer","client_id","client_secret"}]`. */
  OIDC_PROVIDERS: z.string().default('[]'),
  /** Largest attachment accepted, in bytes (10 MB). */
  ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(10 * 1024 * 1024),
});

const OidcProviderSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,32}$/),
  name: z.string().min(1),
  issuer: z.url(),
  client_id: z.string().min(1),
  client_secret: z.string().min(1),
});
export type OidcProviderConfig = z.infer<typeof OidcProviderSchema>;

function parseOidcProviders(text: string): OidcProviderConfig[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('Cấu hình không hợp lệ (biến môi trường):\nOIDC_PROVIDERS: không phải JSON');
  }
  const parsed = z.array(OidcProviderSchema).safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `OIDC_PROVIDERS.${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Cấu hình không hợp lệ (biến môi trường):\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  production: boolean;
  trustProxy: boolean;
  webDist: string;
  dbPoolSize: number;
  publicUrl: string;
  oidcProviders: OidcProviderConfig[];
  attachmentMaxBytes: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Cấu hình không hợp lệ (biến môi trường):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
    trustProxy: e.TRUST_PROXY,
    webDist: path.resolve(e.WEB_DIST ?? new URL('../../web/dist', import.meta.url).pathname),
    dbPoolSize: e.DB_POOL_SIZE,
    publicUrl: e.PUBLIC_URL.replace(/\/+$/, ''),
    oidcProviders: parseOidcProviders(e.OIDC_PROVIDERS),
    attachmentMaxBytes: e.ATTACHMENT_MAX_BYTES,
  };
}
