// Every kind of entry a task's history (办理记录) shows has words in both web locales: no raw
// `task.remind` on the page (issue #9). The server decides which audit actions the history shows.
import { describe, expect, it } from 'vitest';
import { TIMELINE_KINDS } from '../src/modules/ledger/index.ts';

// The web's catalogs, read at run time: they are the web's modules (bundler resolution), outside the server's type check.
type LedgerMessages = { default: { timelineAction: Record<string, string> } };
const catalog = async (locale: string) => ((await import(`../web/src/locales/${locale}/ledger.ts`)) as LedgerMessages).default.timelineAction;
const catalogs = { 'zh-CN': await catalog('zh-CN'), 'en-US': await catalog('en-US') };

describe('the task history in words', () => {
  for (const [locale, catalog] of Object.entries(catalogs)) {
    it(`${locale}: every timeline kind has a label, and no label is left over`, () => {
      for (const kind of TIMELINE_KINDS) expect(catalog[kind]?.trim(), `${locale} ledger.timelineAction.${kind}`).toBeTruthy();
      expect(Object.keys(catalog).sort()).toEqual([...TIMELINE_KINDS].sort());
    });
  }

  it('covers the supervision steps written on a task', () => {
    expect(TIMELINE_KINDS).toEqual(expect.arrayContaining(['task.remind', 'task.supervisionNotice', 'task.lookBackConfirm', 'task.signOff']));
  });
});
