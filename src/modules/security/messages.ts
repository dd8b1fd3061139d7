import type { Messages } from '../../platform/i18n/index.ts';

export const securityMessages: Messages = {
  'zh-CN': {
    'security.grant_self': '不能修改自己的角色',
    'security.admin_separation': '三员分立：同一用户不能同时担任 {roles}',
    'security.admin_business': '三员分立：管理员不能同时担任业务角色（{roles}）',
    'security.admin_guarded': '三员分立：安全保密管理员和安全审计员的角色不能在系统内修改，须在服务器上用命令行（--break-glass）处理',
    'security.unknown_role': '角色不存在',
    'security.unknown_unit': '单位不存在或不在您的范围内',
  },
  'en-US': {
    'security.grant_self': 'You cannot change your own roles',
    'security.admin_separation': 'Separated administrators: one user cannot hold {roles} together',
    'security.admin_business': 'Separated administrators: an administrator cannot also hold a business role ({roles})',
    'security.admin_guarded':
      'Separated administrators: the roles of a security administrator or an auditor cannot be changed in the application; use the command line on the server (--break-glass)',
    'security.unknown_role': 'No such role',
    'security.unknown_unit': 'The unit does not exist or is outside your scope',
  },
};
