import type { Messages } from '../zh-CN';

const home: Messages['home'] = {
  welcome: 'Welcome, {name}',
  noRoles: 'No role has been granted to you yet; ask the security administrator.',
  roleAt: '{role} ({unit})',
  todo: {
    title: 'My to-do',
    empty: 'Nothing to do right now',
    latest: 'Latest: ',
    ledger: {
      toReview: 'Reports to review',
      signOffRequests: 'Sign-off requests',
      extensionRequests: 'Extension requests',
      red: 'Red (overdue) tasks',
      yellow: 'Yellow (due soon) tasks',
      awaitingComment: 'Red tasks awaiting your comment',
      toAcknowledge: 'To acknowledge',
      reportsDue: 'Reports due',
      returned: 'Returned',
    },
    supervision: {
      lookBacksDue: 'Look-back checks to decide',
      noticesReceived: 'Supervision notices received',
      lookBacksToAnswer: 'Look-backs to answer',
    },
    auditLog: {
      failedLoginsToday: 'Failed logins today',
    },
    units: {
      withoutLiaison: 'Units without a liaison',
    },
    partyOrgs: {
      renewalsOverdue: 'Party organizations past their term',
    },
    users: {
      disabled: 'Disabled accounts',
      locked: 'Locked accounts',
    },
  },
  /** A line's note in words, where it is not the latest item's title (ToDoCards). */
  todoNote: {
    supervision: { lookBacksToAnswer: 'Answer by {note}' },
  },
};

export default home;
