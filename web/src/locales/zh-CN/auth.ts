const auth = {
  title: '账号登录',
  username: '用户名',
  password: '密码',
  usernamePlaceholder: '请输入用户名',
  passwordPlaceholder: '请输入密码',
  submit: '登录',
  failed: '登录失败',
  hint: '请使用本单位分配的账号登录；连续输错密码将暂时锁定账号。',
};

export default auth;
