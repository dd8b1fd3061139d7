// The English locale is English (issue #9): no Chinese characters and no full-width punctuation
// in any en-US message of the web's catalog, the shared labels or the server's messages, apart
// from the Chinese words listed below, which stay Chinese whatever the user's language.
import { describe, expect, it } from 'vitest';
import { modules } from '../src/modules/index.ts';
import { commonMessages } from '../src/platform/i18n/common.ts';
import { labels } from '../src/platform/i18n/index.ts';

// The web's catalog, read at run time: it is the web's module (bundler resolution), outside the server's type check.
const webCatalog = '../web/src/locales/en-US/index.ts';
const web = ((await import(webCatalog)) as { default: object }).default;

/**
 * The product's name, and words a user types or reads in Chinese files: the calendar's day kinds
 * (休/班), the import templates' column headers, a deadline phrase the parser reads.
 */
const chineseWords = ['落实', '(休)', '(班)', '(任务内容)', '问题描述', '责任单位', '组织名称', '所在单位', '年底前'];

// CJK ideographs, CJK punctuation (、。〔〕「」…) and the full-width forms (：，（）；！？).
const notEnglish = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
}

const strip = (text: string) => chineseWords.reduce((s, name) => s.split(name).join(''), text);
const offenders = (catalog: unknown) => [...strings(catalog, '')].filter(([, text]) => notEnglish.test(strip(text))).map(([path, text]) => `${path}: ${text}`);

describe('the English locale', () => {
  it('has no Chinese or full-width punctuation in the web catalog', () => {
    expect(offenders(web)).toEqual([]);
  });

  it('has none in the shared labels', () => {
    expect(offenders(labels['en-US'])).toEqual([]);
  });

  it('has none in the server’s messages', () => {
    const server = [commonMessages, ...modules.map((m) => m.messages)].map((m) => m?.['en-US'] ?? {});
    expect(offenders(server)).toEqual([]);
  });

  it('finds what it looks for', () => {
    expect(offenders({ a: { b: '时限: soon' }, c: 'Deadline：soon', d: 'Luoshi (落实)' })).toEqual(['a.b: 时限: soon', 'c: Deadline：soon']);
  });
});
