/** The words of the party organization registry (党组织), as stored. */

/** 党委, 党总支, 党支部, 党组, 党工委. */
export const ORG_KINDS = ['committee', 'generalBranch', 'branch', 'leadingGroup', 'workingCommittee'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** The 党统 categories: 农村, 城市社区, 机关, 国有企业, 高校, 公立医院, 非公有制企业, 社会组织, 其他. */
export const ORG_CATEGORIES = ['rural', 'community', 'organ', 'soe', 'university', 'hospital', 'nonPublic', 'socialOrg', 'other'] as const;
export type OrgCategory = (typeof ORG_CATEGORIES)[number];

/** The secretary's background for the village-secretary statistics: 致富能手, 返乡人员, 退役军人, 大学生, 其他. */
export const SECRETARY_BACKGROUNDS = ['richFarmer', 'returnee', 'veteran', 'graduate', 'other'] as const;
export type SecretaryBackground = (typeof SECRETARY_BACKGROUNDS)[number];

/** 届满未换届, due in the next 6 months, later, or no term recorded. */
export const TERM_STATUSES = ['overdue', 'dueSoon', 'ok', 'unknown'] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

/** 延期换届, 提前换届. */
export const TERM_CHANGE_KINDS = ['extension', 'early'] as const;
export type TermChangeKind = (typeof TERM_CHANGE_KINDS)[number];

/** Why a ledger task belongs to an organization. */
export const ORG_TASK_PURPOSES = ['renewal', 'measure', 'lookBack'] as const;
export type OrgTaskPurpose = (typeof ORG_TASK_PURPOSES)[number];

/** The Chinese words of the national party-member information system's export, per stored value. */
export const KIND_WORDS: Record<OrgKind, string> = {
  committee: '党委',
  generalBranch: '党总支',
  branch: '党支部',
  leadingGroup: '党组',
  workingCommittee: '党工委',
};
export const CATEGORY_WORDS: Record<OrgCategory, string> = {
  rural: '农村',
  community: '城市社区',
  organ: '机关',
  soe: '国有企业',
  university: '高校',
  hospital: '公立医院',
  nonPublic: '非公有制企业',
  socialOrg: '社会组织',
  other: '其他',
};
export const BACKGROUND_WORDS: Record<SecretaryBackground, string> = {
  richFarmer: '致富能手',
  returnee: '返乡人员',
  veteran: '退役军人',
  graduate: '大学生',
  other: '其他',
};
