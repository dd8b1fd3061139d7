/** Server-side messages (errors, notifications) in the request's language; zh-CN is the default. */
export const locales = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof locales)[number];
export type Messages = Record<Locale, Record<string, string>>;

const catalog: Messages = { 'zh-CN': {}, 'en-US': {} };

export function addMessages(messages: Messages): void {
  for (const locale of locales) Object.assign(catalog[locale], messages[locale]);
}

/** Picks zh-CN or en-US from an Accept-Language header (or a ?lang / cookie value). */
export function pickLocale(header: string | undefined): Locale {
  if (!header) return 'zh-CN';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, q] = part.trim().split(';q=');
      return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q) || 0 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en-US';
  }
  return 'zh-CN';
}

export function t(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  const template = catalog[locale][key] ?? catalog['zh-CN'][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (params[name] === undefined ? `{${name}}` : String(params[name])));
}

export { labels, type Labels } from './labels.ts';
