import type { DbOrTx } from './db/types.ts';
import { issuerRepo } from './issuer-repo.ts';
import { readSetting, writeSetting } from './settings.ts';

export const ISSUER_SETTING = 'issuer';

/**
 * The issuing department (发文机关) of this install, one for every document it sends: the name
 * that signs (落款, 督办单's 督办单位) and its 机关代字, from which each kind of document builds its
 * 发文字号 (X组通〔2026〕3号 for a 通报, X组督〔2026〕1号 for a 督办单). A setting of the install
 * (the system administrator's), each part defaulting from the unit tree.
 */
export interface Issuer {
  /** e.g. 中共X市委组织部, or the root's own 组织部 unit's name. */
  name: string;
  /** 机关代字, e.g. X组: the 发文字号 adds the kind's character (通, 督). */
  code: string;
}

/** 'X市' → 'X' (a 机关代字 names the city without its 市). */
const shortName = (root: string) => root.replace(/(市|区|县|州|盟|省|自治区)$/, '') || root;

/** The default: the root unit's organization department, never a scope's name with 委组织部 appended. */
async function defaultIssuer(db: DbOrTx): Promise<Issuer> {
  const { roots, depts } = await issuerRepo.orgDepartmentCandidates(db);
  const root = roots[0]?.name ?? '';
  return { name: depts[0]?.name ?? (root ? `中共${root}委组织部` : '组织部'), code: `${shortName(root)}组` };
}

/** The root units' ids: the issuer speaks for the whole tree, so only a grant over all of it may set it. */
export async function rootUnitIds(db: DbOrTx): Promise<number[]> {
  return (await issuerRepo.orgDepartmentCandidates(db)).roots.map((r) => r.id);
}

/** The configured issuer over its defaults (an empty part falls back to its default), and the defaults. */
export async function issuerAndDefaults(db: DbOrTx): Promise<{ issuer: Issuer; defaults: Issuer }> {
  const defaults = await defaultIssuer(db);
  const set = await readSetting<Partial<Issuer>>(db, ISSUER_SETTING, {});
  return { issuer: { name: set.name?.trim() || defaults.name, code: set.code?.trim() || defaults.code }, defaults };
}

export async function issuingDepartment(db: DbOrTx): Promise<Issuer> {
  return (await issuerAndDefaults(db)).issuer;
}

/** Stores the parts given; an empty string returns that part to its default. The caller audits. */
export async function writeIssuer(db: DbOrTx, value: Partial<Issuer>, at: Date): Promise<void> {
  const set = await readSetting<Partial<Issuer>>(db, ISSUER_SETTING, {});
  await writeSetting(db, ISSUER_SETTING, { ...set, ...value }, at);
}
