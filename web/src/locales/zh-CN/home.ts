const home = {
  welcome: '您好，{name}',
  intro: '落实平台把会议讲话、领导批示分解为台账任务，贯通下达、填报、审核、销号全过程闭环管理。',
  unit: '所在单位',
  yourRoles: '我的角色',
  noRoles: '暂未分配角色，请联系安全保密管理员授权。',
  roleAt: '{role}（{unit}）',
};

export default home;
