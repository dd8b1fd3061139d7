import type { Messages } from '../../platform/i18n/index.ts';

export const userMessages: Messages = {
  'zh-CN': {
    'user.unit_not_found': '所属单位不存在或不在您的管理范围内',
    'user.duplicate_username': '用户名“{username}”已被使用',
    'user.disable_self': '不能停用自己的账号',
    'user.admin_guarded':
      '三员分立：系统管理员不能重置、停用或修改安全保密管理员和安全审计员的账号，须在服务器上用命令行（luoshi reset-password --break-glass）处理',
  },
  'en-US': {
    'user.unit_not_found': 'The unit does not exist or is outside what you manage',
    'user.duplicate_username': 'The username "{username}" is taken',
    'user.disable_self': 'You cannot disable your own account',
    'user.admin_guarded':
      'Separated administrators: a system administrator cannot reset, disable or edit a security administrator or an auditor; use the command line on the server (luoshi reset-password --break-glass)',
  },
};
