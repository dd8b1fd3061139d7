import type { Messages } from '../../../locales/zh-CN';

const notifications: Messages['notifications'] = {
  bell: 'Notifications',
  title: 'Notifications',
  readAll: 'Mark all read',
  empty: 'No notifications',
  loadFailed: 'Could not load notifications',
  unread: 'Unread',
  kinds: {
    'task.dispatched': 'New task assigned',
    'task.acknowledged': 'Task acknowledged',
    'task.progressReported': 'Progress reported',
    'task.signOffRequested': 'Sign-off requested',
    'task.signedOff': 'Task signed off',
    'task.signOffReturned': 'Sign-off returned',
    'task.extensionRequested': 'Extension requested',
    'task.extensionApproved': 'Extension approved',
    'task.extensionRefused': 'Extension refused',
    'task.reopened': 'Task reopened',
    'task.cancelled': 'Task cancelled',
    'report.accepted': 'Progress accepted',
    'report.returned': 'Progress returned',
    'supervision.reminder': 'Reminder',
    'supervision.notice': 'Supervision notice',
    'problem.acceptanceRefused': 'Rectification not accepted',
    'instruction.written': 'A leader wrote an instruction',
  },
};

export default notifications;
