import type { Messages } from '../../platform/i18n/index.ts';

/** Errors, import row reasons and notification texts of the party organization registry. */
export const partyOrgMessages: Messages = {
  'zh-CN': {
    'partyOrgs.unit_not_found': '所在单位不存在或不在您的数据范围内（{id}）',
    'partyOrgs.parent_not_found': '上级党组织不存在或不在您的数据范围内（{id}）',
    'partyOrgs.parent_cycle': '上级党组织不能是本组织或其下级组织',
    'partyOrgs.user_not_found': '书记对应的用户不存在（{id}）',
    'partyOrgs.first_secretary_dates': '第一书记任期结束日期早于开始日期',
    'partyOrgs.has_children': '该党组织下还有 {count} 个下级党组织，不能删除',
    'partyOrgs.term.no_term': '该党组织没有任期（未填写换届日期或该类组织无任期），不能延期或提前换届',
    'partyOrgs.term.extension_not_later': '延期换届后的届满日期须晚于原届满日期（{ordinaryEnd}）',
    'partyOrgs.term.early_not_sooner': '提前换届的日期须早于原届满日期（{ordinaryEnd}）',
    'partyOrgs.term.beyond_year': '延期或提前换届一般不超过 1 年（原届满日期 {ordinaryEnd}，最多到 {limit}）',
  },
  'en-US': {
    'partyOrgs.unit_not_found': 'The host unit does not exist or is outside your data scope ({id})',
    'partyOrgs.parent_not_found': 'The superior organization does not exist or is outside your data scope ({id})',
    'partyOrgs.parent_cycle': 'The superior organization cannot be the organization itself or one below it',
    'partyOrgs.user_not_found': 'The secretary’s user does not exist ({id})',
    'partyOrgs.first_secretary_dates': 'The first secretary’s term ends before it starts',
    'partyOrgs.has_children': 'This organization still has {count} organizations below it, so it cannot be deleted',
    'partyOrgs.term.no_term': 'This organization has no term (no renewal date, or its kind has none), so it cannot be extended or renewed early',
    'partyOrgs.term.extension_not_later': 'An extended term must end after the ordinary end ({ordinaryEnd})',
    'partyOrgs.term.early_not_sooner': 'An early election must come before the ordinary end ({ordinaryEnd})',
    'partyOrgs.term.beyond_year': 'An extension or early election may move the term by at most one year (ordinary end {ordinaryEnd}, limit {limit})',
  },
};
