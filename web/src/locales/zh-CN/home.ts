const home = {
  welcome: '您好，{name}',
  noRoles: '暂未分配角色，请联系安全保密管理员授权。',
  roleAt: '{role}（{unit}）',
  /** 待办: one label per line a module's toDo contribution may answer (test/todo-labels.test.ts). */
  todo: {
    title: '我的待办',
    empty: '当前没有待办事项',
    latest: '最近：',
    ledger: {
      toReview: '待审核进展',
      signOffRequests: '销号申请',
      extensionRequests: '延期申请',
      red: '红灯（逾期）任务',
      yellow: '黄灯（临期）任务',
      awaitingComment: '待批示的红灯任务',
      toAcknowledge: '待签收',
      reportsDue: '待填报进展',
      returned: '被退回',
    },
    supervision: {
      lookBacksDue: '回头看待核查',
      noticesReceived: '收到的督办单',
      lookBacksToAnswer: '回头看待回复',
    },
    auditLog: {
      failedLoginsToday: '今日登录失败',
    },
    units: {
      withoutLiaison: '未配联络员的单位',
    },
    partyOrgs: {
      renewalsOverdue: '届满未换届党组织',
    },
    users: {
      disabled: '已停用账号',
      locked: '已锁定账号',
    },
  },
  /** A line's note in words, where it is not the latest item's title (ToDoCards). */
  todoNote: {
    supervision: { lookBacksToAnswer: '回复截止：{note}' },
  },
};

export default home;
