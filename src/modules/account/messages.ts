import type { Messages } from '../../platform/i18n/index.ts';

export const authMessages: Messages = {
  'zh-CN': {
    'auth.invalid_credentials': '用户名或密码错误（连续输错 {threshold} 次，账号锁定 {minutes} 分钟）',
    'auth.locked': '密码输错次数过多，账号已锁定，请 {minutes} 分钟后再试或联系系统管理员解锁',
    'auth.required': '请先登录',
    'auth.bad_token': 'API 令牌无效或已撤销',
    'auth.csrf': '请求缺少有效的 CSRF 令牌，请刷新页面后重试',
    'auth.wrong_password': '当前密码不正确',
    'auth.password_too_short': '密码至少 {min} 位',
    'auth.password_too_simple': '密码须包含大写字母、小写字母、数字、符号中的至少 {classes} 类',
  },
  'en-US': {
    'auth.invalid_credentials': 'Wrong username or password ({threshold} failures in a row lock the account for {minutes} minutes)',
    'auth.locked': 'Too many wrong passwords: the account is locked; try again in {minutes} minutes or ask a system administrator to unlock it',
    'auth.required': 'Please log in',
    'auth.bad_token': 'The API token is invalid or revoked',
    'auth.csrf': 'Missing or invalid CSRF token; reload the page and try again',
    'auth.wrong_password': 'The current password is wrong',
    'auth.password_too_short': 'The password needs at least {min} characters',
    'auth.password_too_simple': 'The password needs at least {classes} of: upper case, lower case, digits, symbols',
  },
};
