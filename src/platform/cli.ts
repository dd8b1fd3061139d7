import type { Locale } from './i18n/index.ts';

/** The CLI's language: LANG=en… is en-US, anything else zh-CN (the default). */
export const cliLocale = (): Locale => (process.env.LANG?.startsWith('en') ? 'en-US' : 'zh-CN');

/** One line for a failure: a coded AppError in the CLI's language with its fields, or the error's message; never a stack. */
export async function cliErrorLine(err: unknown): Promise<string> {
  const e = (err ?? {}) as {
    code?: string;
    message?: string;
    params?: Record<string, unknown>;
    fields?: { field: string; code: string; params?: Record<string, unknown> }[];
    format?: (l: Locale) => string;
  };
  const { t } = await import('./i18n/index.ts');
  const locale = cliLocale();
  const detail = e.fields?.length ? ': ' + e.fields.map((f) => `${f.field}: ${t(locale, f.code, f.params)}`).join('; ') : '';
  const message =
    typeof e.format === 'function'
      ? e.format(locale)
      : e.code && e.code.includes('.') && e.params !== undefined
        ? t(locale, e.code, e.params)
        : (e.message ?? String(err));
  // A message may itself span lines (a driver's detail): the report stays one line.
  return `luoshi: ${message}${detail}`.replace(/\s*\n\s*/g, ' ');
}

/**
 * Wraps a command body: any failure becomes one line on stderr and exit code 1. Modules wrap
 * their CLI commands with it; the CLI entry point catches what escapes with the same line.
 */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void>) {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (err) {
      console.error(await cliErrorLine(err));
      process.exit(1);
    }
  };
}
