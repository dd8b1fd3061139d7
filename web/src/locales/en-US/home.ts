import type { Messages } from '../zh-CN';

const home: Messages['home'] = {
  welcome: 'Welcome, {name}',
  intro: 'Luoshi turns speeches and instructions into a ledger of tasks and follows each one through dispatch, reports, review and sign-off.',
  unit: 'Unit',
  yourRoles: 'My roles',
  noRoles: 'No role has been granted to you yet; ask the security administrator.',
  roleAt: '{role} ({unit})',
};

export default home;
