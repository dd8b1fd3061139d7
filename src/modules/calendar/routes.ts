import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/auth-hook.ts';
import { typed } from '../../platform/http/typed.ts';
import { calendarService } from './service.ts';
import * as s from './schema.ts';

const tags = ['calendar'];

export function calendarRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = typed(fastify);
  app.get(
    '/calendar',
    {
      schema: { tags, summary: 'A year’s public holidays and make-up working days (节假日安排)', querystring: s.yearQuery, response: { 200: s.calendarYear } },
    },
    (req) => {
      actorOf(req);
      return calendarService.year(ctx, req.query.year);
    },
  );
  app.put(
    '/calendar/years/:year',
    { schema: { tags, summary: 'Replace a year’s schedule (secAdmin)', params: s.yearQuery, body: s.setYearBody, response: { 200: s.calendarYear } } },
    (req) => calendarService.setYear(ctx, actorOf(req), req.params.year, [...req.body.days]),
  );
  app.post(
    '/calendar/load',
    { schema: { tags, summary: 'Load a schedule text, one line per date or range (secAdmin)', body: s.loadBody, response: { 200: s.loadResult } } },
    (req) => calendarService.loadText(ctx, actorOf(req), req.body.text),
  );
}
