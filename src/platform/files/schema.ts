import { binaryResponse } from '../http/schemas.ts';

/** An upload's answer: the id a module's attachment refers to (a report's fileIds, a source's fileId…). */
export const storedFile = {
  type: 'object',
  required: ['id', 'name', 'size', 'mime', 'sha256'],
  properties: {
    id: { type: 'integer' },
    name: { type: 'string' },
    size: { type: 'integer' },
    mime: { type: 'string' },
    sha256: { type: 'string' },
  },
} as const;

/**
 * The upload's body, for the OpenAPI document: one multipart part named "file". Validation sees
 * no parsed body (null: the multipart plugin reads the stream in the handler), so null passes.
 */
export const uploadBody = {
  content: {
    'multipart/form-data': {
      schema: {
        type: ['object', 'null'],
        properties: { file: { type: 'string', format: 'binary', description: 'The file (20 MB at most)' } },
        required: ['file'],
      },
    },
  },
} as const;

/** Any stored file, served as the type it was uploaded with. */
export const storedContent = { description: 'The file, as uploaded', content: { '*/*': { schema: binaryResponse } } } as const;
