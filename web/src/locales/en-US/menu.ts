import type { Messages } from '../zh-CN';

const menu: Messages['menu'] = {
  home: 'Home',
  adminGroup: 'Administration',
  units: 'Units',
  users: 'Users',
};

export default menu;
