/** The user's language: kept in localStorage for the app and in a cookie so the server answers in it too. */
export const langs = ['zh-CN', 'en-US'] as const;
export type Lang = (typeof langs)[number];

const STORAGE_KEY = 'luoshi.lang';
const COOKIE = 'luoshi_lang';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (langs as readonly string[]).includes(value);
}

export function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return null;
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage may be disabled by policy; the cookie still works
  }
}

let current: Lang = initialLang();

function initialLang(): Lang {
  const stored = readStored();
  if (isLang(stored)) return stored;
  const cookie = readCookie(COOKIE);
  return isLang(cookie) ? cookie : 'zh-CN';
}

/** The language in force; the API client sends it as Accept-Language. */
export function currentLang(): Lang {
  return current;
}

export function saveLang(lang: Lang): void {
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* ignored: see readStored */
  }
  document.cookie = `${COOKIE}=${lang}; path=/; max-age=${60 * 60 * 24 * 365}; SameSite=Lax`;
  document.documentElement.lang = lang;
}

// Make sure the cookie exists from the first request on, even before the user chooses.
saveLang(current);
