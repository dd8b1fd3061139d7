import crypto from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorKind, type FieldError } from '../errors.ts';
import { t, type Locale } from '../i18n/index.ts';
import { fieldErrorsFromAjv } from './validation.ts';
import { foreignKeyFields, isBadMultipart } from './input-guards.ts';

const statusOf: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  tooLarge: 413,
  locked: 423,
  tooMany: 429,
};

export interface ErrorBody {
  code: string;
  message: string;
  errors?: { field: string; code: string; message: string }[];
  params?: Record<string, unknown>;
}

export function errorBody(locale: Locale, code: string, params: Record<string, unknown> = {}, fields: FieldError[] = []): ErrorBody {
  const body: ErrorBody = { code, message: t(locale, code, params) };
  if (Object.keys(params).length) body.params = params;
  if (fields.length) {
    body.errors = fields.map((f) => ({ field: f.field, code: f.code, message: `${f.field}: ${t(locale, f.code, f.params)}` }));
    body.message = `${body.message}: ${body.errors.map((e) => e.message).join('; ')}`;
  }
  return body;
}

/** One place maps every failure to a status and a localized body; no stack or SQL ever leaves. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) => {
    const locale = request.locale ?? 'zh-CN';
    if (err instanceof AppError) {
      const body = errorBody(locale, err.code, err.params, err.fields);
      if (err.format) body.message = err.format(locale);
      return reply.status(statusOf[err.kind]).send(body);
    }
    const fe = err as FastifyError & { validation?: unknown[]; validationContext?: string };
    if (fe.validation) {
      const fields = fieldErrorsFromAjv(fe.validation as never, fe.validationContext ?? 'body');
      return reply.status(400).send(errorBody(locale, 'validation.failed', {}, fields));
    }
    const broken = foreignKeyFields(err, request.body);
    if (broken) return reply.status(400).send(errorBody(locale, 'validation.failed', {}, broken));
    if (isBadMultipart(err, request))
      return reply.status(400).send(errorBody(locale, 'validation.failed', {}, [{ field: 'body', code: 'validation.bad_multipart' }]));
    if (fe.statusCode === 429) {
      return reply.status(429).send(errorBody(locale, 'common.rate_limited', { after: (fe as { after?: string }).after ?? '1 minute' }));
    }
    if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || fe.code === 'FST_REQ_FILE_TOO_LARGE' || fe.statusCode === 413) {
      return reply.status(413).send(errorBody(locale, 'common.too_large', { limit: '20 MB' }));
    }
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      // Fastify's own client errors (bad JSON, wrong content type): their messages hold no secrets.
      return reply.status(fe.statusCode).send({ code: fe.code ?? 'common.bad_request', message: fe.message });
    }
    const id = crypto.randomUUID().slice(0, 8);
    request.log.error({ err, ref: id }, 'unhandled error');
    return reply.status(500).send(errorBody(locale, 'common.internal', { id }));
  });
}
