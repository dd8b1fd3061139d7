import { loadConfig } from '../platform/config.ts';
import { openContext } from '../platform/boot.ts';
import type { AppContext } from '../platform/context.ts';
import { modules } from '../modules/index.ts';

/** Opens the configured database (same environment as the server), migrated. */
export function openCli(): Promise<AppContext> {
  return openContext({ config: loadConfig(), modules });
}

/** Runs a command body and turns any failure into a one-line reason and exit code 1. */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void>) {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (err) {
      const e = err as { code?: string; message?: string; params?: Record<string, unknown>; fields?: { field: string; code: string }[] };
      const { t } = await import('../platform/i18n/index.ts');
      const locale = process.env.LANG?.startsWith('en') ? 'en-US' : 'zh-CN';
      const detail = e.fields?.length ? ': ' + e.fields.map((f) => `${f.field}: ${t(locale, f.code, (f as { params?: Record<string, unknown> }).params)}`).join('; ') : '';
      const format = (err as { format?: (l: typeof locale) => string }).format;
      const message = format ? format(locale) : e.code && e.code.includes('.') && e.params !== undefined ? t(locale, e.code, e.params) : (e.message ?? String(err));
      console.error(`luoshi: ${message}${detail}`);
      process.exit(1);
    }
  };
}
