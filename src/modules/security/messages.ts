import type { Messages } from '../../platform/i18n/index.ts';

export const securityMessages: Messages = {
  'zh-CN': {
    'security.grant_self': '不能修改自己的角色',
    'security.admin_separation': '三员分立：同一用户不能同时担任 {roles}',
    'security.unknown_role': '角色不存在',
    'security.unknown_unit': '单位不存在或不在您的范围内',
  },
  'en-US': {
    'security.grant_self': 'You cannot change your own roles',
    'security.admin_separation': 'Separated administrators: one user cannot hold {roles} together',
    'security.unknown_role': 'No such role',
    'security.unknown_unit': 'The unit does not exist or is outside your scope',
  },
};
