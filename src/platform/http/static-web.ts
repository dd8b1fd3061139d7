import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { errorBody } from './errors.ts';

export const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

/** Serves the built web app; unknown /api paths get a JSON 404, other paths the app (client routing). */
export async function installStaticWeb(app: FastifyInstance): Promise<void> {
  const hasWeb = fs.existsSync(path.join(webDist, 'index.html'));
  if (hasWeb) {
    // wildcard: files built after start (a rebuild under a running server) are served too.
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: true,
      index: ['index.html'],
      cacheControl: false,
      // The page must always be fresh to pick up new builds; hashed assets never change.
      setHeaders: (reply: { header(k: string, v: string): unknown }, file: string) =>
        reply.header('cache-control', file.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable'),
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0];
    if (url === '/api' || url.startsWith('/api/')) {
      return reply.status(404).send(errorBody(request.locale, 'common.route_not_found', { method: request.method, url }));
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return reply.status(404).send();
    // A missing script or style must not come back as the page: the browser would run HTML as JS.
    if (url.startsWith('/assets/')) return reply.status(404).type('text/plain').send('not found');
    if (!hasWeb)
      return reply.status(503).type('text/plain; charset=utf-8').send('The web app is not built yet: run `npm run build:web` (npm start does it for you).');
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
