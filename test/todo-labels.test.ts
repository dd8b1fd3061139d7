// Every to-do line any module may answer has words in both web locales: no raw `ledger.toReview` on the home page.
import { describe, expect, it } from 'vitest';
import { modules } from '../src/modules/index.ts';

type HomeMessages = { default: { todo: Record<string, Record<string, string> | string> } };
const catalog = async (locale: string) => ((await import(`../web/src/locales/${locale}/home.ts`)) as HomeMessages).default.todo;
const catalogs = { 'zh-CN': await catalog('zh-CN'), 'en-US': await catalog('en-US') };
const keys = modules.flatMap((m) => m.toDo?.keys ?? []);

describe('the to-do home page in words', () => {
  it('has lines from the ledger, supervision and users', () => {
    expect(keys).toEqual(expect.arrayContaining(['ledger.toReview', 'supervision.lookBacksDue', 'users.locked']));
  });

  for (const [locale, todo] of Object.entries(catalogs)) {
    it(`${locale}: every key has a label`, () => {
      for (const key of keys) {
        const [group, name] = key.split('.');
        const words = (todo[group] as Record<string, string> | undefined)?.[name];
        expect(words?.trim(), `${locale} home.todo.${key}`).toBeTruthy();
      }
    });
  }
});
