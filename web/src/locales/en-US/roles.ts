import type { Messages } from '../zh-CN';

const roles: Messages['roles'] = {
  code: {
    supervisor: 'Supervisor',
    leader: 'Leader in charge',
    liaison: 'Liaison',
    sysAdmin: 'System administrator',
    secAdmin: 'Security administrator',
    auditor: 'Security auditor',
  },
  scope: {
    self: 'Self',
    unit: 'Own unit',
    unitAndBelow: 'Own unit and below',
    all: 'All',
  },
};

export default roles;
