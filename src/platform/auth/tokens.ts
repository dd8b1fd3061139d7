import crypto from 'node:crypto';

/** A random secret for a cookie or an API token; only its hash is stored. */
export const newSecret = (bytes = 32) => crypto.randomBytes(bytes).toString('base64url');
export const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

/** Personal API tokens look like `ls_<random>` so they are recognizable in a leaked file. */
export const API_TOKEN_PREFIX = 'ls_';
export const newApiToken = () => API_TOKEN_PREFIX + newSecret(30);

/** When a token made at `createdAt` stops working. */
export const tokenExpiry = (createdAt: string, days: number) => new Date(Date.parse(createdAt) + days * 86_400_000).toISOString();
