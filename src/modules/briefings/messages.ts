import type { Messages } from '../../platform/i18n/index.ts';

export const briefingMessages: Messages = {
  'zh-CN': {
    'briefing.issued': '该通报已印发，不能再修改',
    'briefing.stale': '该通报已被他人修改（当前版本 {current}，您提交的是 {submitted}），请刷新后再试',
  },
  'en-US': {
    'briefing.issued': 'This briefing has been issued and can no longer be changed',
    'briefing.stale': 'This briefing was changed meanwhile (current version {current}, you sent {submitted}); reload and try again',
  },
};
