const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const strings = { type: 'array', items: str } as const;

export const loginBody = {
  type: 'object',
  required: ['username', 'password'],
  properties: { username: { type: 'string', minLength: 1, maxLength: 64 }, password: { type: 'string', minLength: 1, maxLength: 256 } },
  additionalProperties: false,
} as const;

export const changePasswordBody = {
  type: 'object',
  required: ['current', 'next'],
  properties: { current: { type: 'string', maxLength: 256 }, next: { type: 'string', maxLength: 256 } },
  additionalProperties: false,
} as const;

export const createTokenBody = {
  type: 'object',
  required: ['name'],
  properties: { name: { type: 'string', minLength: 1, maxLength: 64 } },
  additionalProperties: false,
} as const;

/** GET /api/me and the login answer: who I am, what I may do, which menu entries I get. */
export const me = {
  $id: 'Me',
  title: 'Me',
  type: 'object',
  required: ['user', 'grants', 'permissions', 'menu', 'csrfToken', 'timeZone'],
  properties: {
    user: {
      type: 'object',
      required: ['id', 'username', 'displayName', 'unitId', 'unitName'],
      properties: { id: int, username: str, displayName: str, unitId: int, unitName: str },
    },
    grants: {
      type: 'array',
      items: {
        type: 'object',
        required: ['roleCode', 'roleName', 'scope', 'unitId', 'unitName'],
        properties: { roleCode: str, roleName: str, scope: str, unitId: int, unitName: str },
      },
    },
    permissions: strings,
    menu: strings,
    csrfToken: { type: ['string', 'null'] },
    /** IANA zone the server's calendar and every displayed date-time follow (Asia/Shanghai by default). */
    timeZone: str,
  },
} as const;

const nullableTime = { type: ['string', 'null'] } as const;
export const tokenList = {
  type: 'object',
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      items: {
        $id: 'ApiToken',
        title: 'ApiToken',
        type: 'object',
        required: ['id', 'name', 'prefix', 'createdAt', 'lastUsedAt', 'revokedAt', 'expiresAt'],
        properties: { id: int, name: str, prefix: str, createdAt: str, lastUsedAt: nullableTime, revokedAt: nullableTime, expiresAt: str },
      },
    },
  },
} as const;

/** The full secret is in this answer only. */
export const createdToken = {
  type: 'object',
  required: ['id', 'name', 'token', 'expiresAt'],
  properties: { id: int, name: str, token: str, expiresAt: str },
} as const;
