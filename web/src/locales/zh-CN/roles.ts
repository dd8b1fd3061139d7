const roles = {
  code: {
    supervisor: '督办人员',
    leader: '分管领导',
    liaison: '联络员',
    sysAdmin: '系统管理员',
    secAdmin: '安全保密管理员',
    auditor: '安全审计员',
  },
  scope: {
    self: '本人',
    unit: '本单位',
    unitAndBelow: '本单位及下级',
    all: '全部',
  },
};

export default roles;
