import type { Messages } from '../zh-CN';
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
import notifications from '../../features/notifications/locales/en-US';
import calendar from '../../features/calendar/locales/en-US';
import partyOrgs from '../../features/party-orgs/locales/en-US';

const enUS: Messages = {
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
export default enUS;
