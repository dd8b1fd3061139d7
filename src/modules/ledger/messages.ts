import type { Messages } from '../../platform/i18n/index.ts';
import { ledgerDomainMessages } from './domain/index.ts';
import { parserMessages } from '../parser/index.ts';
import { excelMessages } from './excel/messages.ts';

export const ledgerMessages: Messages = {
  'zh-CN': {
    ...ledgerDomainMessages['zh-CN'],
    ...parserMessages['zh-CN'],
    ...excelMessages['zh-CN'],
    'ledger.unit_not_found': '单位不存在或不在您的范围内（编号 {id}）',
    'ledger.liaison_not_of_task': '该用户不是本任务牵头单位或配合单位的联络员（#{id}）',
    'ledger.parent_cycle': '上级任务不能是本任务或其下级任务（#{id}）',
    'ledger.locked_after_dispatch': '任务下达后，牵头单位和完成时限不能直接修改，请走延期申请或撤销后重新下达',
    'ledger.delete_not_draft': '只能删除草稿任务；已下达的任务请撤销',
    'ledger.has_children': '该任务下还有子任务，不能删除',
    'ledger.dispatch_failed': '有 {count} 项任务不能下达，全部未下达',
    'ledger.item_failed': '“{title}”：{reason}',
    'ledger.comment_required': '退回时请填写意见',
    'ledger.report_already_reviewed': '该条进展已审核过',
    'ledger.report_task_closed': '任务已销号或撤销，其进展不再审核',
    'ledger.report_is_sign_off_request': '销号申请请在任务上办理“销号”或“退回销号申请”',
    'ledger.instruction_converted': '该批示已转为来源（编号 {id}）',
    'ledger.source_not_found': '来源不存在或不在您的范围内',
    'ledger.source_has_tasks': '该来源已分解出任务，不能再次发布；请在台账中修改其任务',
    'ledger.saved_view_exists': '已有名为“{name}”的常用视图，请换一个名称或先删除原视图',
  },
  'en-US': {
    ...ledgerDomainMessages['en-US'],
    ...parserMessages['en-US'],
    ...excelMessages['en-US'],
    'ledger.unit_not_found': 'Unit not found or outside your scope (id {id})',
    'ledger.liaison_not_of_task': 'is not a liaison of the task’s lead or supporting units (#{id})',
    'ledger.parent_cycle': 'the parent task cannot be the task itself or one of its sub-tasks (#{id})',
    'ledger.locked_after_dispatch': 'After dispatch, the lead unit and deadline change only through an extension, or by cancelling and dispatching anew',
    'ledger.delete_not_draft': 'Only drafts can be deleted; cancel a dispatched task instead',
    'ledger.has_children': 'This task has sub-tasks and cannot be deleted',
    'ledger.dispatch_failed': '{count} tasks cannot be dispatched; none was dispatched',
    'ledger.item_failed': '"{title}": {reason}',
    'ledger.comment_required': 'A comment is required to return a report',
    'ledger.report_already_reviewed': 'This report was already reviewed',
    'ledger.report_task_closed': 'The task is signed off or cancelled: its reports are no longer reviewed',
    'ledger.report_is_sign_off_request': 'A sign-off request is decided on the task: sign it off or return the request',
    'ledger.instruction_converted': 'This instruction already became a source (id {id})',
    'ledger.source_not_found': 'Source not found or outside your scope',
    'ledger.source_has_tasks': 'This source already has tasks and cannot be published again; edit its tasks in the ledger',
    'ledger.saved_view_exists': 'You already have a saved view named "{name}"; choose another name or delete that view first',
  },
};
