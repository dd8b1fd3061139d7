import common from './common';
import shell from './shell';
import menu from './menu';
import auth from './auth';
import home from './home';
import errors from './errors';
import roles from './roles';
import units from './units';
import users from './users';
import ledger from './ledger';
import ledgerSources from './ledgerSources';
import dashboard from './dashboard';
import briefings from './briefings';
import problems from './problems';
import supervision from './supervision';
import audit from './audit';
import security from './security';
import tokens from './tokens';
import notifications from '../../features/notifications/locales/zh-CN';
import calendar from '../../features/calendar/locales/zh-CN';
import partyOrgs from '../../features/party-orgs/locales/zh-CN';

const zhCN = {
  common,
  shell,
  menu,
  auth,
  home,
  errors,
  roles,
  units,
  users,
  ledger,
  ledgerSources,
  problems,
  supervision,
  dashboard,
  briefings,
  audit,
  security,
  tokens,
  notifications,
  calendar,
  partyOrgs,
};

/** zh-CN is the reference catalog: every other locale must have exactly these keys. */
export type Messages = typeof zhCN;
export default zhCN;
