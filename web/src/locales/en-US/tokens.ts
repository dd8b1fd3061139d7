import type { Messages } from '../zh-CN';

const tokens: Messages['tokens'] = {
  menu: 'My tokens',
  title: 'My API tokens',
  create: 'New token',
  createTitle: 'New API token',
  name: 'Name',
  namePlaceholder: 'What it is for, e.g. data sync script',
  nameHelp: 'To recognize it later, at most 64 characters',
  prefix: 'Prefix',
  createdAt: 'Created',
  lastUsedAt: 'Last used',
  neverUsed: 'Never used',
  status: 'Status',
  active: 'Active',
  revoked: 'Revoked',
  revokedAt: 'Revoked {at}',
  revoke: 'Revoke',
  revokeConfirm: 'Revoke the token “{name}”? Programs using it lose access at once; this cannot be undone.',
  revokedDone: 'Token revoked',
  empty: 'No tokens yet',
  usageTitle: 'How to use',
  usage: 'An API token acts as you on the Luoshi API, with your account’s permissions. Send it in the request header:',
  usageSafety: 'Keep tokens like passwords: never commit them or share them; revoke one as soon as it is unused or may have leaked.',
  secretTitle: 'Token created',
  secretWarning: 'Copy it now and keep it safe: this is the only time the full token is shown. If lost, revoke it and create a new one.',
  copy: 'Copy',
  copied: 'Copied to the clipboard',
  copyFailed: 'Could not copy automatically; select and copy it by hand',
  done: 'I have saved it, close',
};

export default tokens;
