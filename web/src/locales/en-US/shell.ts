import type { Messages } from '../zh-CN';

const shell: Messages['shell'] = {
  productName: '落实',
  productLatin: 'Luoshi',
  tagline: 'Organization work: task ledger and closed loop',
  menu: 'Menu',
  logout: 'Log out',
  language: 'Language',
  loggedOut: 'You have logged out',
  sessionExpired: 'Your session has expired, please log in again',
};

export default shell;
