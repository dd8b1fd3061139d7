const errors = {
  notFoundTitle: '页面不存在',
  notFound: '您访问的页面不存在或已被移除。',
  forbiddenTitle: '无权访问',
  forbidden: '您没有访问此页面的权限，如有需要请联系管理员。',
  backHome: '返回首页',
  crashed: '页面出错了，请刷新后重试。',
};

export default errors;
