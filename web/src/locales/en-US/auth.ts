import type { Messages } from '../zh-CN';

const auth: Messages['auth'] = {
  title: 'Log in',
  username: 'Username',
  password: 'Password',
  usernamePlaceholder: 'Enter your username',
  passwordPlaceholder: 'Enter your password',
  submit: 'Log in',
  failed: 'Login failed',
  hint: 'Use the account your unit assigned to you; repeated wrong passwords lock the account for a while.',
};

export default auth;
