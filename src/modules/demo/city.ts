/** A plausible city for trying Luoshi: the city committee's departments, four districts, institutions. */
export const DEMO_PASSWORD = 'Luoshi@2026';
export const CITY = 'X市';
export const ORG_DEPT = '市委组织部';

export const departments: { name: string; liaison: string }[] = [
  { name: ORG_DEPT, liaison: 'liaison-zzb' },
  { name: '市委办公室', liaison: 'liaison-bgs' },
  { name: '市委宣传部', liaison: 'liaison-xcb' },
  { name: '市委统战部', liaison: 'liaison-tzb' },
  { name: '市委政法委', liaison: 'liaison-zfw' },
  { name: '市直机关工委', liaison: 'liaison-jggw' },
  { name: '市委党校', liaison: 'liaison-dx' },
  { name: '市委老干部局', liaison: 'liaison-lgbj' },
  { name: '市人力资源和社会保障局', liaison: 'liaison-rsj' },
  { name: '市国资委', liaison: 'liaison-gzw' },
  { name: '市教育局', liaison: 'liaison-jyj' },
  { name: '市卫生健康委', liaison: 'liaison-wjw' },
];

export const districts: { name: string; liaison: string; streets: { name: string; communities: string[] }[] }[] = [
  {
    name: '东城区',
    liaison: 'liaison',
    streets: [
      { name: '东华街道', communities: ['东华社区', '朝阳社区', '光明社区'] },
      { name: '东兴街道', communities: ['兴隆社区', '东风社区', '长青社区'] },
      { name: '安定镇', communities: ['安定村', '柳树村', '王庄村'] },
    ],
  },
  {
    name: '西城区',
    liaison: 'liaison-xicheng',
    streets: [
      { name: '西关街道', communities: ['西关社区', '鼓楼社区', '文昌社区'] },
      { name: '新华街道', communities: ['新华社区', '和平社区', '建设社区'] },
      { name: '金河镇', communities: ['金河村', '前进村', '河湾村'] },
    ],
  },
  {
    name: '南湖区',
    liaison: 'liaison-nanhu',
    streets: [
      { name: '湖滨街道', communities: ['湖滨社区', '荷花社区', '望湖社区'] },
      { name: '南苑街道', communities: ['南苑社区', '育才社区', '康乐社区'] },
      { name: '白鹭镇', communities: ['白鹭村', '渔港村', '桥头村'] },
    ],
  },
  {
    name: '北山县',
    liaison: 'liaison-beishan',
    streets: [
      { name: '城关镇', communities: ['北街社区', '南街社区', '城郊村'] },
      { name: '青山乡', communities: ['青山村', '石门村', '松林村'] },
      { name: '红旗镇', communities: ['红旗村', '胜利村', '团结村'] },
    ],
  },
];

export const institutions: { name: string; kind: 'soe' | 'university' | 'hospital' | 'nonPublic'; liaison: string }[] = [
  { name: '市城市建设投资集团有限公司', kind: 'soe', liaison: 'liaison-ctjt' },
  { name: '市交通投资集团有限公司', kind: 'soe', liaison: 'liaison-jtjt' },
  { name: '市水务集团有限公司', kind: 'soe', liaison: 'liaison-swjt' },
  { name: 'X市学院', kind: 'university', liaison: 'liaison-xy' },
  { name: '市第一人民医院', kind: 'hospital', liaison: 'liaison-yy' },
  { name: '市软件园非公企业联合党委', kind: 'nonPublic', liaison: 'liaison-rjy' },
];

/** The stable demo accounts that docs and scripts use, besides one liaison per unit above. */
export const people: { username: string; displayName: string; unit: string; role: string; roleUnit: string }[] = [
  { username: 'supervisor', displayName: '张督办', unit: ORG_DEPT, role: 'supervisor', roleUnit: ORG_DEPT },
  { username: 'leader', displayName: '李部长', unit: ORG_DEPT, role: 'leader', roleUnit: CITY },
  { username: 'admin', displayName: '王系统', unit: ORG_DEPT, role: 'sysAdmin', roleUnit: CITY },
  { username: 'secadmin', displayName: '赵安全', unit: ORG_DEPT, role: 'secAdmin', roleUnit: CITY },
  { username: 'auditor', displayName: '钱审计', unit: ORG_DEPT, role: 'auditor', roleUnit: CITY },
];

const surnames =
  '陈刘杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段';
/** A deterministic person's name for the n-th liaison. */
export const liaisonName = (n: number) => `${surnames[n % surnames.length]}联络`;
