import path from 'node:path';
import fs from 'node:fs';
import crypto from 'node:crypto';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Unset: SQLite at DATA_DIR/luoshi.db. `postgres://...`: PostgreSQL. */
  databaseUrl: string;
  sessionSecret: string;
  /** undefined = the default (demo on loopback only); true/false = explicitly set. */
  demo: boolean | undefined;
  timeZone: string;
  sessionIdleMinutes: number;
  /** Days a personal API token lives until the secAdmin sets it in the policy (API_TOKEN_DAYS, default 90): a leaked token does not work forever. */
  apiTokenDays: number;
  logLevel: string;
  /** The audit chain's HMAC key (hex), or a file holding it; neither set: DATA_DIR/audit-key. */
  auditKey: string;
  auditKeyFile: string;
  /** AUDIT_HMAC: sm3 (国密, default) or sha256. */
  auditHmac: 'sm3' | 'sha256';
  /** TRUST_PROXY=1: behind a reverse proxy, take the client address and protocol from X-Forwarded-* (the session cookie is Secure over HTTPS). */
  trustProxy: boolean;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}

const loopbacks = new Set(['127.0.0.1', 'localhost', '::1']);
export const isLoopback = (host: string) => loopbacks.has(host) || host.startsWith('127.');

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `expected a whole number, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(name, `expected ${min}..${max}, got ${n}`);
  return n;
}

function timeZone(raw: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: raw });
    return raw;
  } catch {
    throw new ConfigError('LUOSHI_TZ', `unknown time zone "${raw}" (e.g. Asia/Shanghai)`);
  }
}

/** Reads and validates the environment; throws ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.DATA_DIR || 'data');
  const databaseUrl = env.DATABASE_URL || '';
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl) && !/^sqlite:/.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL', 'expected postgres://user:pass@host:port/db, sqlite:/path/to/file.db, or unset for SQLite in DATA_DIR');
  }
  const demoRaw = env.LUOSHI_DEMO;
  if (demoRaw !== undefined && demoRaw !== '' && demoRaw !== '0' && demoRaw !== '1') {
    throw new ConfigError('LUOSHI_DEMO', `expected 0 or 1, got "${demoRaw}"`);
  }
  const host = env.HOST || '127.0.0.1';
  // Request lines are info; warn keeps `npm start` readable while errors still show.
  const logLevel = env.LOG_LEVEL || 'warn';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `expected one of fatal, error, warn, info, debug, trace, silent; got "${logLevel}"`);
  }
  const trustProxy = env.TRUST_PROXY || '0';
  if (trustProxy !== '0' && trustProxy !== '1') throw new ConfigError('TRUST_PROXY', `expected 0 or 1, got "${trustProxy}"`);
  const auditHmac = env.AUDIT_HMAC || 'sm3';
  if (auditHmac !== 'sm3' && auditHmac !== 'sha256') throw new ConfigError('AUDIT_HMAC', `expected sm3 or sha256, got "${auditHmac}"`);
  return {
    port: int(env, 'PORT', 3000, 0, 65535),
    host,
    dataDir,
    databaseUrl,
    sessionSecret: env.SESSION_SECRET || '',
    demo: demoRaw === '1' ? true : demoRaw === '0' ? false : undefined,
    timeZone: timeZone(env.LUOSHI_TZ || 'Asia/Shanghai'),
    sessionIdleMinutes: int(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    apiTokenDays: int(env, 'API_TOKEN_DAYS', 90, 1, 3650),
    logLevel,
    auditKey: env.AUDIT_KEY || '',
    auditKeyFile: env.AUDIT_KEY_FILE ? path.resolve(env.AUDIT_KEY_FILE) : '',
    auditHmac,
    trustProxy: trustProxy === '1',
  };
}

/** SESSION_SECRET when set; otherwise one generated once and kept in DATA_DIR. */
export function resolveSessionSecret(config: Config): string {
  if (config.sessionSecret) {
    if (config.sessionSecret.length < 16) throw new ConfigError('SESSION_SECRET', 'must be at least 16 characters');
    return config.sessionSecret;
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const file = path.join(config.dataDir, 'session-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const secret = crypto.randomBytes(32).toString('hex');
  fs.writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

export function sqlitePath(config: Config): string | null {
  if (!config.databaseUrl) return path.join(config.dataDir, 'luoshi.db');
  if (config.databaseUrl.startsWith('sqlite:')) return config.databaseUrl.slice('sqlite:'.length);
  return null;
}
