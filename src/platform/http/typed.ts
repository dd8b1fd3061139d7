import type { FastifyInstance, FastifyTypeProvider } from 'fastify';
import type { FromSchema, JSONSchema } from 'json-schema-to-ts';

/**
 * Request types (params, querystring, body, headers) inferred from each route's `as const` JSON
 * schema with json-schema-to-ts, so a route declares its schema once and writes no generic beside it.
 * Replies are not typed from the response schema (as @fastify/type-provider-json-schema-to-ts
 * would): rows from the database type enums as plain strings, so every handler would need casts.
 * The response schemas still shape the reply (the serializer) and the OpenAPI document.
 */
export interface SchemaTypeProvider extends FastifyTypeProvider {
  validator: this['schema'] extends JSONSchema ? FromSchema<this['schema']> : unknown;
  serializer: unknown;
}

export const typed = (app: FastifyInstance) => app.withTypeProvider<SchemaTypeProvider>();
