import type { AppContext } from '../../platform/context.ts';
import { withTx } from '../../platform/db/tx.ts';
import { actorNamed, demoUnitIds } from '../../platform/seed.ts';
import { addMonths } from '../../platform/calendar/index.ts';
import { defaultTermYears, type OrgCategory, type OrgKind, type SecretaryBackground } from './domain/index.ts';
import { unitRepo } from '../units/index.ts';
import { insertOrg, type OrgFields } from './service/party-orgs.ts';
import { partyOrgSettings } from './service/settings.ts';

const surnames = '王李张刘陈杨黄赵周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢';
const given = '建国志强海燕秀英明华晓东丽娟国庆红梅文斌玉兰永刚春生桂芳德胜卫东淑珍振华美玲';
const personName = (n: number) => `${surnames[n % surnames.length]}${given.slice((n * 2) % (given.length - 1), ((n * 2) % (given.length - 1)) + 2)}`;
const backgrounds: SecretaryBackground[] = ['richFarmer', 'returnee', 'veteran', 'graduate', 'other', 'richFarmer', 'veteran'];

/**
 * The demo city's organization system: the city committee; the organ working committee with a
 * branch per department; a committee per district and a working committee (街道) or committee (镇/乡)
 * per street; a branch in every community and village; the SOEs', the university's and the
 * hospital's committees with branches; the software park's joint committee (两新) over non-public
 * enterprises' branches. Terms are dated from today: about one in nine overdue, two in nine due
 * within six months, the rest later; two villages have a first secretary (驻村第一书记).
 */
export async function seedPartyOrgs(ctx: AppContext): Promise<void> {
  const ids = await demoUnitIds(ctx);
  if (!ids.has('东城区') || !ids.has('市软件园非公企业联合党委')) return; // not the demo city
  const sup = await actorNamed(ctx, 'supervisor');
  const tree = await unitRepo.tree(ctx.db, sup);
  const childrenOf = (id: number | null, kinds: string[]) => tree.filter((u) => u.parentId === id && kinds.includes(u.kind));
  const root = tree.find((u) => u.kind === 'city')!;
  const today = ctx.today();
  const { termRules } = await partyOrgSettings(ctx.db);
  let n = 0;

  await withTx(ctx.db, async (tx) => {
    const add = async (name: string, kind: OrgKind, category: OrgCategory, unitId: number, parentId: number | null, extra: Partial<OrgFields> = {}) => {
      const i = n++;
      const years = defaultTermYears(kind, category, termRules);
      // Where the term stands today: overdue by 2 months, due in 2 or 5 months, or 8 to 40 months ahead.
      const ahead = i % 9 === 4 ? -2 : i % 9 === 2 ? 2 : i % 9 === 7 ? 5 : 8 + ((i * 7) % 33);
      const termStart = years ? addMonths(today, ahead - years * 12) : null;
      return insertOrg(
        ctx,
        tx,
        sup,
        {
          name,
          kind,
          category,
          parentId,
          hostUnitId: unitId,
          foundedOn: `${1950 + ((i * 13) % 60)}-07-01`,
          secretaryName: personName(i),
          committeeMembers: (kind === 'branch' ? [0, 50, 90] : [0, 50, 90, 130, 170]).map((k) => personName(i + k)),
          memberCount: kind === 'branch' ? 12 + ((i * 17) % 60) : 80 + ((i * 37) % 900),
          termStart,
          ...extra,
        },
        termRules,
      );
    };

    const city = await add(`中共${root.name}委员会`, 'committee', 'organ', root.id, null);
    const organUnit = tree.find((u) => u.name === '市直机关工委') ?? root;
    const organs = await add(`中共${root.name}直属机关工作委员会`, 'workingCommittee', 'organ', organUnit.id, city);
    for (const d of childrenOf(root.id, ['department'])) await add(`中共${d.name}机关支部委员会`, 'branch', 'organ', d.id, organs);

    for (const d of childrenOf(root.id, ['district'])) {
      const district = await add(`中共${d.name}委员会`, 'committee', 'other', d.id, city);
      for (const s of childrenOf(d.id, ['street'])) {
        const town = /[镇乡]$/.test(s.name);
        const street = town
          ? await add(`中共${s.name}委员会`, 'committee', 'rural', s.id, district)
          : await add(`中共${s.name}工作委员会`, 'workingCommittee', 'community', s.id, district);
        for (const c of childrenOf(s.id, ['community'])) {
          const village = c.name.endsWith('村');
          await add(`中共${c.name}${village ? '支部委员会' : '委员会'}`, village ? 'branch' : 'committee', village ? 'rural' : 'community', c.id, street, {
            secretaryBackground: village ? backgrounds[n % backgrounds.length] : null,
            ...(c.name === '柳树村' || c.name === '石门村'
              ? {
                  firstSecretary: {
                    name: personName(n + 300),
                    origin: c.name === '柳树村' ? '市委组织部' : '市水务集团有限公司',
                    from: addMonths(today, -14),
                    to: addMonths(today, 22),
                  },
                }
              : {}),
          });
        }
      }
    }

    const branchesOf: Record<string, string[]> = {
      university: ['机关第一', '经济管理学院教工', '信息工程学院学生'],
      hospital: ['内科', '外科', '行政后勤'],
      soe: ['机关', '工程管理部'],
    };
    for (const inst of childrenOf(root.id, ['soe', 'university', 'hospital'])) {
      const category = inst.kind as OrgCategory;
      const committee = await add(`中共${inst.name}委员会`, 'committee', category, inst.id, city);
      for (const b of branchesOf[inst.kind]) await add(`中共${inst.name}${b}支部委员会`, 'branch', category, inst.id, committee);
    }

    // 两新: the park's joint committee (非公企业联合党委) over the branches of its enterprises, all hosted by the park.
    for (const p of childrenOf(root.id, ['nonPublic'])) {
      const park = await add(`中共${p.name.replace(/党委$/, '')}委员会`, 'committee', 'nonPublic', p.id, city);
      for (const company of ['星云软件有限公司', '智联信息技术有限公司', '数港科技股份有限公司', '云帆网络科技有限公司'])
        await add(`中共${company}支部委员会`, 'branch', 'nonPublic', p.id, park);
    }
  });
}
