// Every kind of entry a task's history (办理记录) shows has words in both web locales: no raw
// `task.remind` on the page (issue #9). The server decides which audit actions the history shows.
import { describe, expect, it } from 'vitest';
import { TIMELINE_KINDS } from '../src/modules/ledger/index.ts';
import zhCN from '../web/src/locales/zh-CN/ledger.ts';
import enUS from '../web/src/locales/en-US/ledger.ts';

const catalogs = { 'zh-CN': zhCN.timelineAction, 'en-US': enUS.timelineAction } as Record<string, Record<string, string>>;

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
