import type { Messages } from '../../platform/i18n/index.ts';

export const unitMessages: Messages = {
  'zh-CN': {
    'unit.move_into_self': '不能把单位移动到它自己或它的下级单位之下',
    'unit.parent_not_found': '上级单位不存在或不在您的管理范围内',
    'unit.kind_level': '“{kind}”类单位应位于第 {expected} 级，这里是第 {level} 级',
    'unit.root_exists': '已有顶级单位，新单位须指定上级单位',
    'unit.has_children': '该单位下还有 {count} 个下级单位，不能删除',
    'unit.has_users': '该单位下还有 {count} 个用户，不能删除',
    'unit.duplicate_name': '同一上级单位下已有名为“{name}”的单位',
  },
  'en-US': {
    'unit.move_into_self': 'A unit cannot be moved under itself or one of its own sub-units',
    'unit.parent_not_found': 'The parent unit does not exist or is outside what you manage',
    'unit.kind_level': 'A unit of kind "{kind}" belongs at level {expected}, not level {level}',
    'unit.root_exists': 'There is already a top-level unit; choose a parent unit',
    'unit.has_children': 'This unit still has {count} sub-units and cannot be deleted',
    'unit.has_users': 'This unit still has {count} users and cannot be deleted',
    'unit.duplicate_name': 'The parent unit already has a unit named "{name}"',
  },
};
