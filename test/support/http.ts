import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/platform/http/app.ts';
import type { AppContext } from '../../src/platform/context.ts';
import { installResponseCheck } from './response-check.ts';

/** A browser-like client over fastify.inject: keeps cookies and sends the CSRF header. */
export class TestClient {
  private cookies = new Map<string, string>();
  csrf: string | null = null;
  constructor(
    readonly app: FastifyInstance,
    private readonly headers: Record<string, string> = {},
  ) {}

  async request(method: InjectOptions['method'], url: string, body?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await this.app.inject({
      method,
      url,
      payload: body as never,
      headers: { ...this.headers, ...(cookie ? { cookie } : {}), ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}), ...headers },
    });
    for (const c of res.cookies as { name: string; value: string; expires?: Date; maxAge?: number }[]) {
      const gone = c.value === '' || (c.expires && c.expires.getTime() < Date.now()) || c.maxAge === 0;
      if (gone) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  get = (url: string, headers?: Record<string, string>) => this.request('GET', url, undefined, headers);
  post = (url: string, body?: unknown, headers?: Record<string, string>) => this.request('POST', url, body ?? {}, headers);
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);
  put = (url: string, body: unknown) => this.request('PUT', url, body);
  delete = (url: string) => this.request('DELETE', url);

  async login(username: string, password: string): Promise<LightMyRequestResponse> {
    const res = await this.post('/api/auth/login', { username, password });
    if (res.statusCode === 200) this.csrf = res.json().csrfToken;
    return res;
  }
}

/** The app as served, with every JSON answer checked against its response schema (response-check.ts). */
export async function testApp(ctx: AppContext): Promise<FastifyInstance> {
  const app = await buildApp(ctx, { logger: false });
  installResponseCheck(app);
  return app;
}

/** A logged-in client, failing loudly if the login does not work. */
export async function loggedIn(app: FastifyInstance, username: string, password: string): Promise<TestClient> {
  const c = new TestClient(app);
  const res = await c.login(username, password);
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  return c;
}
