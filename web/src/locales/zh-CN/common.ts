const common = {
  save: '保存',
  cancel: '取消',
  confirm: '确定',
  create: '新建',
  edit: '编辑',
  search: '搜索',
  reset: '重置',
  reload: '刷新',
  actions: '操作',
  more: '更多',
  loading: '正在加载…',
  all: '全部',
  none: '无',
  total: '共 {total} 条',
  saved: '已保存',
  networkError: '网络异常，请检查网络连接后重试',
  serverError: '服务器繁忙，请稍后再试',
  loadFailed: '加载失败：{message}',
  retry: '重试',
  draftRestored: '已恢复上次未保存的内容',
  clearDraft: '清空',
  keptValues: '您填写的内容已保留，请修改后重新提交',
  /** Between a label and its value: full-width in Chinese, “: ” in English. */
  colon: '：',
};

export default common;
