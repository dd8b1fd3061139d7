import type { AppContext } from '../../../platform/context.ts';
import { issuingDepartment } from '../../../platform/issuer.ts';
import { readSetting } from '../../../platform/settings.ts';

export const ISSUER_KEY = 'briefings.issuer';

/** Who issues briefings, and to whom: the install's issuing department plus the 通报's own lines. */
export interface BriefingIssuer {
  /** 发文机关 and 落款: the install's issuing department (platform/issuer.ts) unless set here. */
  name: string;
  /** 发文字号 prefix: the issuer's 机关代字 + 通, e.g. X组通. */
  docPrefix: string;
  /** 主送. */
  mainTo: string;
  /** 抄送 (版记); empty: no 抄送 line. */
  cc: string;
}

export async function briefingIssuer(ctx: AppContext): Promise<BriefingIssuer> {
  const issuer = await issuingDepartment(ctx.db);
  const defaults: BriefingIssuer = { name: issuer.name, docPrefix: `${issuer.code}通`, mainTo: '各有关单位：', cc: '' };
  const set = await readSetting<Partial<BriefingIssuer>>(ctx.db, ISSUER_KEY, {});
  return { ...defaults, ...Object.fromEntries(Object.entries(set).filter(([, v]) => typeof v === 'string' && (v || v === ''))) } as BriefingIssuer;
}
