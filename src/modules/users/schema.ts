import { dataScopes } from '../../platform/access/index.ts';
import { listOf, pagingQuery } from '../../platform/http/schemas.ts';

const grant = {
  type: 'object',
  properties: {
    roleId: { type: 'integer' },
    roleCode: { type: 'string' },
    roleName: { type: 'string' },
    scope: { type: 'string', enum: dataScopes },
    unitId: { type: 'integer' },
    unitName: { type: 'string' },
  },
} as const;

export const user = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    username: { type: 'string' },
    displayName: { type: 'string' },
    unitId: { type: 'integer' },
    unitName: { type: 'string' },
    phone: { type: ['string', 'null'] },
    email: { type: ['string', 'null'] },
    status: { type: 'string', enum: ['active', 'disabled'] },
    locked: { type: 'boolean' },
    roles: { type: 'array', items: grant },
    version: { type: 'integer' },
  },
} as const;

export const username = { type: 'string', minLength: 2, maxLength: 64, pattern: '^[A-Za-z0-9_.@-]+$' } as const;
const displayName = { type: 'string', minLength: 1, maxLength: 64, pattern: '\\S' } as const;
const phone = { type: ['string', 'null'], maxLength: 32, pattern: '^[0-9+\\- ]*$' } as const;
const email = { type: ['string', 'null'], maxLength: 128 } as const;
export const password = { type: 'string', minLength: 1, maxLength: 256 } as const;

export const listUsersQuery = {
  type: 'object',
  properties: {
    ...pagingQuery,
    under: { type: 'integer' },
    q: { type: 'string', maxLength: 100 },
    status: { type: 'string', enum: ['active', 'disabled'] },
    role: { type: 'string', maxLength: 64 },
    locked: { type: 'boolean', description: 'true: accounts locked now after failed logins' },
  },
  additionalProperties: false,
} as const;

export const createUserBody = {
  type: 'object',
  required: ['username', 'displayName', 'unitId', 'password'],
  properties: { username, displayName, unitId: { type: 'integer' }, password, phone, email },
  additionalProperties: false,
} as const;

export const updateUserBody = {
  type: 'object',
  required: ['version'],
  properties: {
    version: { type: 'integer' },
    displayName,
    unitId: { type: 'integer' },
    phone,
    email,
    status: { type: 'string', enum: ['active', 'disabled'] },
  },
  additionalProperties: false,
} as const;

export const passwordBody = { type: 'object', required: ['password'], properties: { password }, additionalProperties: false } as const;
export const userList = listOf(user);
