import type { AppContext } from '../../../platform/context.ts';
import { readSetting } from '../../../platform/settings.ts';
import { briefingRepo } from '../repo.ts';

export const ISSUER_KEY = 'briefings.issuer';

/** Who issues briefings: a setting of the install; each part defaults from the unit tree. */
export interface BriefingIssuer {
  /** 发文机关 and 落款, e.g. 中共X市委组织部 or the root's 组织部 unit's name. */
  name: string;
  /** 发文字号 prefix, e.g. X组通. */
  docPrefix: string;
  /** 主送. */
  mainTo: string;
  /** 抄送 (版记); empty: no 抄送 line. */
  cc: string;
}

/** 'X市' → 'X' (the 机关代字 of a 发文字号). */
const shortName = (root: string) => root.replace(/(市|区|县|州|盟|省|自治区)$/, '') || root;

/**
 * The default signer is the root unit's organization department: a child of the root named …组织部
 * (the demo's 市委组织部), else 中共{root}委组织部. Never the briefing's scope with 委组织部 appended.
 */
export async function briefingIssuer(ctx: AppContext): Promise<BriefingIssuer> {
  const { roots, depts } = await briefingRepo.orgDepartmentCandidates(ctx.db);
  const root = roots[0]?.name ?? '';
  const defaults: BriefingIssuer = {
    name: depts[0]?.name ?? (root ? `中共${root}委组织部` : '组织部'),
    docPrefix: `${shortName(root)}组通`,
    mainTo: '各有关单位：',
    cc: '',
  };
  const set = await readSetting<Partial<BriefingIssuer>>(ctx.db, ISSUER_KEY, {});
  return { ...defaults, ...Object.fromEntries(Object.entries(set).filter(([, v]) => typeof v === 'string' && (v || v === ''))) } as BriefingIssuer;
}
