import type { Messages } from '../zh-CN';

const common: Messages['common'] = {
  save: 'Save',
  cancel: 'Cancel',
  confirm: 'OK',
  create: 'New',
  edit: 'Edit',
  search: 'Search',
  reset: 'Reset',
  reload: 'Refresh',
  actions: 'Actions',
  more: 'More',
  loading: 'Loading…',
  all: 'All',
  none: 'None',
  total: '{total} in total',
  saved: 'Saved',
  networkError: 'Network error: check your connection and try again',
  serverError: 'The server is busy, please try again later',
  loadFailed: 'Could not load: {message}',
  retry: 'Retry',
  draftRestored: 'Your unsaved entries have been restored',
  clearDraft: 'Clear',
  keptValues: 'What you entered has been kept: correct it and submit again',
  colon: ': ',
};

export default common;
