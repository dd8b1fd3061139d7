const menu = {
  home: '首页',
  adminGroup: '系统管理',
  units: '单位管理',
  users: '用户管理',
};

export default menu;
