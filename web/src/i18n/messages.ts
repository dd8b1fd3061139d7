import zhCN, { type Messages } from '../locales/zh-CN';
import enUS from '../locales/en-US';
import type { Lang } from './lang';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every message key, e.g. 'shell.logout' or 'units.kinds.city'. */
export type MessageKey = Leaves<Messages>;
export type Params = Record<string, string | number>;

function flatten(tree: object, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else flatten(v as object, `${prefix}${k}.`, out);
  }
  return out;
}

const catalogs: Record<Lang, Map<string, string>> = { 'zh-CN': flatten(zhCN), 'en-US': flatten(enUS) };

export function hasMessage(key: string): key is MessageKey {
  return catalogs['zh-CN'].has(key);
}

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = catalogs[lang].get(key) ?? catalogs['zh-CN'].get(key) ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}
