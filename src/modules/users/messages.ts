import type { Messages } from '../../platform/i18n/index.ts';

export const userMessages: Messages = {
  'zh-CN': {
    'user.unit_not_found': '所属单位不存在或不在您的管理范围内',
    'user.duplicate_username': '用户名“{username}”已被使用',
    'user.disable_self': '不能停用自己的账号',
  },
  'en-US': {
    'user.unit_not_found': 'The unit does not exist or is outside what you manage',
    'user.duplicate_username': 'The username "{username}" is taken',
    'user.disable_self': 'You cannot disable your own account',
  },
};
