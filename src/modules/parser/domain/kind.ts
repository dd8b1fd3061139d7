/**
 * What an item is: work to do (task), a report of work done (review), a stance or
 * requirement without concrete work (principle), a section heading, or plain text.
 *
 * The words of organization work are formulaic, which is what makes this tractable:
 * - a review sentence puts the subject first and the result last
 *   ("党的政治建设持续加强", "主题教育扎实开展");
 * - a task starts with the action ("健全完善……机制", "持续加强……建设", "要……");
 * - a principle states a stance ("坚定不移……", "始终坚持……", "时刻做到清正廉洁").
 * An enumeration usually shares one kind, and the sentence that introduces it says which
 * ("2019年以来……取得新进展新成效" → review; "要切实做到四个坚定不移" → principle;
 * "重点抓好以下4个方面工作" → task), so sequence-marker groups take their lead's kind.
 */
import type { ItemKind } from './types.ts';

const TASK_START = new RegExp(
  '^(要|必须|须|应|需|请|确保|进一步|着力|大力|切实|持续|不断|深入|全面|加快|加大|积极|认真|扎实|统筹|坚持|严格|稳妥|有序|分类|集中|' +
    '健全|完善|建立|建设|建强|推进|推动|加强|开展|抓好|抓实|落实|深化|强化|做好|做实|组织|实施|制定|制订|编制|提升|提高|增强|优化|改进|' +
    '整治|整顿|规范|夯实|压实|召开|举办|启动|研究|出台|印发|修订|督促|树立|引导|培育|打造|构建|完成|总结|选优|选拔|配强|发挥|突出|聚焦|' +
    '围绕|注重|探索|创新|用好|管好|办好|搭建|细化|明确|宣传|学习|培训|选派|推行|实行|执行|贯彻|部署|谋划|跟踪|排查|梳理|检查|考核|' +
    '评估|调研|指导|保障|巩固|拓展|发展|建成|实现|开发|上线|报送|报请|拿出|提出|形成)',
);
const TASK_WORD = /要|必须|抓好|推进|完善|健全|确保|加强|建立|开展|推动|落实|实施|制定|编制|做好|完成|整治|出台|组织/;
// Subject first, then a state adverb and the verb: "党的政治建设持续加强". A bare verb at the
// end is not enough ("狠抓落实" is an order, not a report).
const REVIEW_END =
  /(不断|持续|全面|扎实|稳步|有效|明显|显著|深入|努力|有序|逐步|日益|更加|进一步|顺利|基本)(开展|加强|深化|推进|提升|提高|增强|落实|完善|健全|见效|改善|巩固|规范|优化|夯实|加快|发展|突破|显现|到位|优化|落地)$|成效(明显|显著)$|取得(新|明显|积极|重要)?(进展|成效|实效|成果|突破)$/;
const REVIEW_WORD = /取得了|以来|已经|圆满完成|顺利完成|实现了|得到(有效|明显|全面)?(落实|加强|提升|提高)/;
const STANCE =
  /坚定不移|毫不动摇|始终(坚持|做到|保持|把)|牢牢(把握|坚持)|绝对忠诚|绝对可靠|时刻(做到|保持|牢记)|坚决(做到|维护|做好|拥护)|自觉(做到|坚持|维护)|清正廉洁|公道正派|领导正派|勇于担当|(提高|增强)(政治站位|思想认识|政治自觉|政治意识)/;
// A short noun phrase that names a part of a plan: "指导思想", "工作目标", "保障措施".
const LABEL =
  /^(总体要求|指导思想|基本原则|工作原则|工作目标|目标任务|主要目标|总体目标|重点任务|主要任务|工作任务|实施步骤|时间安排|进度安排|工作步骤|方法步骤|保障措施|组织保障|工作要求|有关要求|组织领导|职责分工|任务分工|.{0,8}阶段)/;

/** The kind an introducing sentence gives to the enumeration after it, if it says. */
export function leadKind(lead: string | null): ItemKind | null {
  if (lead === null) return null;
  // Only the end matters: every member of an enumeration asks about the same (possibly long) lead.
  const sentences = lead
    .slice(-400)
    .split(/(?<=[。！？!?])/)
    .filter((s) => s.trim() !== '');
  const last = sentences[sentences.length - 1] ?? '';
  if (/以来|一年来|过去一年|回顾|取得(了)?[^。]{0,12}(成效|成绩|进展|成果)|主要做法/.test(last)) return 'review';
  if (
    /重点(任务|工作)|主要任务|以下[^。]{0,4}方面|(抓好|做好)以下|具体措施|工作措施|重点抓好|[一二三四五六七八九十两\d]+(项|个方面)(重点|主要)?(工作|任务)/.test(
      last,
    )
  )
    return 'task';
  // "做到四个坚定不移", "坚持五个原则" — but not a quoted slogan ("做到“两个维护”").
  if (/(做到|坚持|把握好?|遵循|处理好)[^。“”"]{0,6}[一二三四五六七八九十两\d]+个(?!意识|自信|维护)|坚定不移|要求[。：:]?$|原则[。：:]?$/.test(last))
    return 'principle';
  return null;
}

export interface KindInput {
  numbered: boolean;
  /** Marker is one of 一、（一）1.（1）① rather than a sequence word. */
  structural: boolean;
  title: string;
  text: string;
  /** The item's paragraph holds nothing but its title. */
  standalone: boolean;
  /** It has numbered children at paragraph level (not an inline enumeration). */
  hasSections: boolean;
  /** A sibling of the same numbering family is a section with children. */
  siblingHasSections: boolean;
  /** Its body is only field lines (牵头单位：…, 完成时限：…). */
  fieldBody: boolean;
  /** The kind its group's introducing sentence gives, for sequence-marker groups. */
  prior: ItemKind | null;
  /** It names a lead unit or a concrete (non-recurring) deadline. */
  accountable: boolean;
}

export function classify(x: KindInput): ItemKind {
  if (!x.numbered) return x.accountable && TASK_WORD.test(x.title + x.text) ? 'task' : 'paragraph';
  if (x.structural && x.standalone && !x.fieldBody) {
    // A bare item beside sections is a section too (the seed's 四、) — unless it names who or by when.
    if (x.hasSections || (x.siblingHasSections && !x.accountable)) return 'heading';
    if (x.title.length <= 14 && LABEL.test(x.title)) return 'heading';
  }
  if (x.structural && x.hasSections && x.title.length <= 30 && !/[。！？]/.test(x.title) && LABEL.test(x.title)) return 'heading';
  if (x.prior !== null && x.prior !== 'heading' && x.prior !== 'paragraph') return x.prior;
  const t = x.title;
  if (!TASK_START.test(t) && (REVIEW_END.test(t) || REVIEW_WORD.test(t))) return 'review';
  if (STANCE.test(t) && !/^(健全|完善|建立|制定|编制|推进|开展|实施|组织)/.test(t)) return 'principle';
  if (/^(指导思想|基本原则|工作原则|总体要求|工作要求|有关要求)$/.test(t)) return 'principle';
  // A numbered item in a plan is work to do unless it says otherwise: no stance, no report.
  return x.structural && x.hasSections && !TASK_START.test(t) ? 'heading' : 'task';
}
