// Small helpers over the generated `paths` (schema.gen.ts, `npm run gen:api`): a page's types come
// from the server's route schemas instead of being written by hand beside them.
import type { paths } from './schema.gen';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Op<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;

/** The JSON body a route answers with on 200 (or 201). @public (typing kit) */
export type JsonResponse<P extends keyof paths, M extends Method = 'get'> =
  Op<P, M> extends { responses: infer R }
    ? R extends { 200: { content: { 'application/json': infer B } } }
      ? B
      : R extends { 201: { content: { 'application/json': infer B } } }
        ? B
        : never
    : never;

/** The query a route accepts. */
export type QueryOf<P extends keyof paths, M extends Method = 'get'> = NonNullable<Op<P, M> extends { parameters: { query?: infer Q } } ? Q : never>;

/** The JSON body a route accepts. @public (typing kit) */
export type JsonBody<P extends keyof paths, M extends Method = 'post'> =
  Op<P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

/**
 * A runtime list of a generated union (for selects and legends), in the order the page shows it;
 * tsc fails when the server's enum gains a value the list lacks. Use: `allOf<TaskStatus>()([...])`.
 */
export const allOf =
  <T>() =>
  <const A extends readonly T[]>(values: A & ([Exclude<T, A[number]>] extends [never] ? unknown : { missing: Exclude<T, A[number]> })): A =>
    values;
