import type { RoleDef } from '../../platform/module.ts';

/**
 * The closed loop's people. Other modules (supervision, dashboard, problems, briefings) grant
 * these roles their permissions by naming them in their PermissionDefs.
 * - supervisor: org-department staff who dispatch, review and sign off, across the whole tree.
 * - leader: the leader in charge (分管领导), who reads his units and those below.
 * - liaison: a unit's liaison (联络员), who reports on its tasks.
 */
export const ledgerRoles: RoleDef[] = [
  { code: 'supervisor', name: { 'zh-CN': '督办人员', 'en-US': 'Supervisor' }, scope: 'all', permissions: ['unit.read', 'user.read'] },
  { code: 'leader', name: { 'zh-CN': '分管领导', 'en-US': 'Leader in charge' }, scope: 'unitAndBelow', permissions: ['unit.read', 'user.read'] },
  { code: 'liaison', name: { 'zh-CN': '联络员', 'en-US': 'Liaison' }, scope: 'unitAndBelow', permissions: ['unit.read'] },
];
