/** The bell in the top bar (站内通知). Registered in locales/zh-CN/index.ts as `notifications`. */
const notifications = {
  bell: '通知',
  title: '站内通知',
  readAll: '全部已读',
  empty: '暂无通知',
  loadFailed: '通知加载失败',
  unread: '未读',
  kinds: {
    'task.dispatched': '新任务下达',
    'task.acknowledged': '任务已签收',
    'task.progressReported': '报送了新进展',
    'task.signOffRequested': '申请销号',
    'task.signedOff': '任务已销号',
    'task.signOffReturned': '销号被退回',
    'task.extensionRequested': '申请延期',
    'task.extensionApproved': '延期已批准',
    'task.extensionRefused': '延期未获批准',
    'task.reopened': '任务重新打开',
    'task.cancelled': '任务已撤销',
    'report.accepted': '进展已采纳',
    'report.returned': '进展被退回',
    'supervision.reminder': '催办提醒',
    'supervision.notice': '督办通知',
    'problem.acceptanceRefused': '整改验收未通过',
    'instruction.written': '领导作出批示',
  },
};

export default notifications;
