import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { ConfigError, type Config } from '../config.ts';

/** HMAC algorithms the chain may be keyed with: SM3 (国密, the default) or SHA-256. */
export type AuditHmac = 'sm3' | 'sha256';

export interface AuditKey {
  alg: AuditHmac;
  secret: Buffer;
}

/**
 * The audit chain's key travels with the database handle as a no-op Kysely plugin: every
 * transaction opened from `ctx.db` carries its plugins, so `audit(tx, …)` finds the key of the
 * database it writes to without threading it through every caller, and two contexts in one
 * process (tests, the CLI) never mix keys.
 */
export class AuditKeyPlugin implements KyselyPlugin {
  constructor(readonly key: AuditKey) {}
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }
  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}

/**
 * AUDIT_KEY (64+ hex characters) or AUDIT_KEY_FILE when set; otherwise a key generated once and kept
 * in DATA_DIR/audit-key (mode 600), beside the database but not in it. Whoever can write the database
 * but not read this key cannot forge the chain; production keeps it elsewhere (docs/security.md).
 */
export function resolveAuditKey(config: Config): AuditKey {
  const alg = config.auditHmac;
  if (config.auditKey) return { alg, secret: parseKey('AUDIT_KEY', config.auditKey) };
  if (config.auditKeyFile) {
    if (!fs.existsSync(config.auditKeyFile)) throw new ConfigError('AUDIT_KEY_FILE', `${config.auditKeyFile} does not exist`);
    return { alg, secret: parseKey('AUDIT_KEY_FILE', fs.readFileSync(config.auditKeyFile, 'utf8').trim()) };
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const file = path.join(config.dataDir, 'audit-key');
  if (!fs.existsSync(file)) {
    // 'wx': two processes starting at once must not write two different keys.
    try {
      fs.writeFileSync(file, crypto.randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  return { alg, secret: parseKey('audit-key', fs.readFileSync(file, 'utf8').trim()) };
}

function parseKey(name: string, hex: string): Buffer {
  if (!/^[0-9a-fA-F]{64,}$/.test(hex) || hex.length % 2 !== 0) throw new ConfigError(name, 'expected at least 64 hexadecimal characters (32 bytes)');
  return Buffer.from(hex, 'hex');
}

export function hmac(key: AuditKey, content: string): string {
  return crypto.createHmac(key.alg, key.secret).update(content).digest('hex');
}

/** A fingerprint of the key (not the key): lets verify say "wrong key" instead of "row 1 changed". */
export function keyId(key: AuditKey): string {
  return `${key.alg}:${hmac(key, 'luoshi audit key id').slice(0, 16)}`;
}
