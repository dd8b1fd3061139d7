import type { Messages } from '../zh-CN';

const errors: Messages['errors'] = {
  notFoundTitle: 'Page not found',
  notFound: 'The page you asked for does not exist or has been removed.',
  forbiddenTitle: 'No access',
  forbidden: 'You do not have access to this page; ask an administrator if you need it.',
  backHome: 'Back to home',
  crashed: 'Something went wrong on this page; please reload it.',
};

export default errors;
