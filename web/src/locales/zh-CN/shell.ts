const shell = {
  productName: '落实',
  productLatin: 'Luoshi',
  tagline: '组织工作任务落实闭环管理平台',
  menu: '菜单',
  logout: '退出登录',
  language: '语言',
  loggedOut: '您已安全退出',
  sessionExpired: '登录已失效，请重新登录',
};

export default shell;
