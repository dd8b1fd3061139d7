import type { Category } from '../model';
import type { DraftItem, ParsedItem } from '../api';

export type ItemKind = ParsedItem['kind'];

/** One row of the review screen: the parser's item as the user is shaping it into a task. */
export interface ReviewItem {
  uid: string;
  kind: ItemKind;
  number: string;
  title: string;
  text: string;
  start: number;
  end: number;
  /** Publish as a task. Headings are also published, as parents, when a descendant is. */
  checked: boolean;
  leadUnitId: number | null;
  supportingUnitIds: number[];
  /** Unit names the parser found that match no unit of the tree: the user picks by hand. */
  unmatched: string[];
  ownerName: string;
  deadline: string | null;
  deadlinePhrase: string | null;
  /** The earlier dated limits the text names before the deadline ("6月底前…12月底前…"), with their phrases. */
  milestones: { phrase: string; date: string }[];
  category: Category;
  key: boolean;
  children: ReviewItem[];
}

let seq = 0;
export const newUid = () => `i${Date.now().toString(36)}${(seq++).toString(36)}`;

/** Tasks are ticked; a review of past work, a principle or a plain paragraph is not unless the user says so. */
export const checkedByDefault = (kind: ItemKind) => kind === 'task';

/** The parser says which names matched the unit tree; an older answer without it is checked against unitIds. */
function unmatchedNames(p: ParsedItem, unitIds: Record<string, number>): string[] {
  const m = p.unitsMatched;
  const names = [...p.leads, ...p.supporting];
  const matched = m ? [...m.leads, ...m.supporting] : names.map((n) => unitIds[n] !== undefined);
  return names.filter((n, i) => !matched[i] || unitIds[n] === undefined);
}

export function fromParsed(items: ParsedItem[], unitIds: Record<string, number>): ReviewItem[] {
  return items.map((p) => {
    const ids = (names: string[]) => names.map((n) => unitIds[n]).filter((x): x is number => x !== undefined);
    const leads = ids(p.leads);
    const supporting = [...leads.slice(1), ...ids(p.supporting)];
    return {
      uid: newUid(),
      kind: p.kind,
      number: p.number,
      title: p.title,
      text: p.text,
      start: p.start,
      end: p.end,
      checked: checkedByDefault(p.kind),
      leadUnitId: leads[0] ?? null,
      supportingUnitIds: [...new Set(supporting)].filter((u) => u !== leads[0]),
      unmatched: unmatchedNames(p, unitIds),
      ownerName: '',
      // A window or period ("1月15日-22日", "2023年4月至6月") is due at its end.
      deadline: p.deadline?.until ?? p.deadline?.date ?? null,
      deadlinePhrase: p.deadline?.phrase ?? null,
      milestones: (p.deadline?.milestones ?? []).slice(0, -1),
      category: 'task',
      key: false,
      children: fromParsed(p.children, unitIds),
    };
  });
}

export function walk(items: ReviewItem[], fn: (item: ReviewItem, depth: number) => void, depth = 0): void {
  for (const it of items) {
    fn(it, depth);
    walk(it.children, fn, depth + 1);
  }
}

export function findItem(items: ReviewItem[], uid: string): ReviewItem | undefined {
  let found: ReviewItem | undefined;
  walk(items, (it) => {
    if (it.uid === uid) found = it;
  });
  return found;
}

/** The innermost item whose source span contains `offset` (a click in the source text). */
export function itemAtOffset(items: ReviewItem[], offset: number): ReviewItem | undefined {
  for (const it of items) {
    if (offset >= it.start && offset < it.end) return itemAtOffset(it.children, offset) ?? it;
  }
  for (const it of items) {
    const inner = itemAtOffset(it.children, offset);
    if (inner) return inner;
  }
  return undefined;
}

/** Rebuilds the tree with `fn` applied to the sibling list holding `uid` (fn returns the new list). */
function editSiblings(
  items: ReviewItem[],
  uid: string,
  fn: (list: ReviewItem[], index: number, parent: ReviewItem | null) => ReviewItem[] | null,
  parent: ReviewItem | null = null,
): ReviewItem[] | null {
  const index = items.findIndex((it) => it.uid === uid);
  if (index >= 0) return fn(items, index, parent);
  for (const [i, it] of items.entries()) {
    const children = editSiblings(it.children, uid, fn, it);
    if (children) return items.map((x, j) => (j === i ? { ...x, children } : x));
  }
  return null;
}

export function updateItem(items: ReviewItem[], uid: string, patch: Partial<ReviewItem>): ReviewItem[] {
  return editSiblings(items, uid, (list, i) => list.map((x, j) => (j === i ? { ...x, ...patch } : x))) ?? items;
}

/** Removes the item; its children take its place, so deleting a heading never loses the tasks under it. */
export function removeItem(items: ReviewItem[], uid: string): ReviewItem[] {
  return editSiblings(items, uid, (list, i) => [...list.slice(0, i), ...list[i].children, ...list.slice(i + 1)]) ?? items;
}

const joinText = (a: string, b: string) => [a, b].filter((s) => s.trim()).join('\n');

/** Merges the item with its next sibling: one task covering both spans, units and sub-items. */
export function mergeWithNext(items: ReviewItem[], uid: string): ReviewItem[] {
  return (
    editSiblings(items, uid, (list, i) => {
      const a = list[i];
      const b = list[i + 1];
      if (!b) return null;
      const merged: ReviewItem = {
        ...a,
        text: joinText(a.text, joinText(b.title, b.text)),
        start: Math.min(a.start, b.start),
        end: Math.max(a.end, b.end),
        checked: a.checked || b.checked,
        leadUnitId: a.leadUnitId ?? b.leadUnitId,
        supportingUnitIds: [
          ...new Set([
            ...a.supportingUnitIds,
            ...b.supportingUnitIds,
            ...(a.leadUnitId !== null && b.leadUnitId !== null && b.leadUnitId !== a.leadUnitId ? [b.leadUnitId] : []),
          ]),
        ],
        unmatched: [...new Set([...a.unmatched, ...b.unmatched])],
        deadline: a.deadline ?? b.deadline,
        deadlinePhrase: a.deadlinePhrase ?? b.deadlinePhrase,
        milestones: a.deadline ? a.milestones : b.milestones,
        key: a.key || b.key,
        children: [...a.children, ...b.children],
      };
      return [...list.slice(0, i), merged, ...list.slice(i + 2)];
    }) ?? items
  );
}

/** A title for text cut out of a longer item: its first clause. */
export function titleFrom(text: string): string {
  const t = text.trim();
  const m = /^[^。；;！!？?\n]{1,60}/.exec(t);
  return (m ? m[0] : t.slice(0, 60)).replace(/^[，,、：:\s]+/, '').trim() || t.slice(0, 60);
}

/**
 * Splits the item at `at` (a cursor position in its text): the part after the cursor becomes a new
 * sibling right after it, with the same units and deadline, and the source span divides there.
 */
export function splitItem(items: ReviewItem[], uid: string, at: number, sourceText: string): ReviewItem[] {
  return (
    editSiblings(items, uid, (list, i) => {
      const a = list[i];
      const cut = Math.max(0, Math.min(at, a.text.length));
      const before = a.text.slice(0, cut).trimEnd();
      const after = a.text.slice(cut).trim();
      if (!after) return null;
      const found = a.text ? sourceText.indexOf(a.text, a.start) : -1;
      const offset = found >= 0 && found < a.end ? found + cut : Math.round(a.start + ((a.end - a.start) * cut) / Math.max(1, a.text.length));
      const first: ReviewItem = { ...a, text: before, end: offset, children: [] };
      const second: ReviewItem = { ...a, uid: newUid(), number: '', title: titleFrom(after), text: after, start: offset, children: a.children };
      return [...list.slice(0, i), first, second, ...list.slice(i + 1)];
    }) ?? items
  );
}

/** The sentences of a text, each with its closing mark (。！？；, or the end of a line), blanks dropped. */
export function sentencesOf(text: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  const re = /[^。！？；!?;\n]+[。！？；!?;]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const sentence = m[0].trim();
    if (sentence.replace(/[。！？；!?;]/g, '').trim()) out.push({ text: sentence, at: m.index + lead });
  }
  return out;
}

/**
 * 按句拆分: a paragraph that lists concrete tasks sentence after sentence (the speech's fourth part:
 * 强化政治监督…。重视做细日常监督…个人有关事项报告专项整治…。) becomes one item per sentence, in
 * order, at its level: the item keeps its title (its first sentence) and number, and every sentence
 * of its text follows as a task of its own, with the item's units, deadline and list and its own span
 * of the source text; a heading's sentences become its first children instead. The item's children
 * stay under it. No sentence in its text: unchanged.
 */
export function splitBySentence(items: ReviewItem[], uid: string, sourceText: string): ReviewItem[] {
  return (
    editSiblings(items, uid, (list, i) => {
      const a = list[i];
      const sentences = sentencesOf(a.text);
      if (!sentences.length) return null;
      const found = sourceText.indexOf(a.text, a.start);
      const base = found >= 0 && found < a.end ? found : -1;
      const startOf = (k: number) =>
        base >= 0 ? base + sentences[k].at : Math.round(a.start + ((a.end - a.start) * sentences[k].at) / Math.max(1, a.text.length));
      const pieces = sentences.map((x, k): ReviewItem => ({
        ...a,
        uid: newUid(),
        kind: 'task',
        checked: true,
        number: '',
        title: titleFrom(x.text),
        text: x.text,
        start: startOf(k),
        end: k + 1 < sentences.length ? startOf(k + 1) : a.end,
        children: [],
      }));
      // A heading's sentences are the work under it (四、持续地严管厚爱… then its paragraph): its first children.
      if (a.kind === 'heading') return list.map((x, j) => (j === i ? { ...a, text: '', children: [...pieces, ...a.children] } : x));
      const first: ReviewItem = { ...a, text: '', end: pieces[0].start };
      return [...list.slice(0, i), first, ...pieces, ...list.slice(i + 1)];
    }) ?? items
  );
}

const cloneDeep = (it: ReviewItem): ReviewItem => ({ ...it, uid: newUid(), children: it.children.map(cloneDeep) });

export function duplicateItem(items: ReviewItem[], uid: string): ReviewItem[] {
  return editSiblings(items, uid, (list, i) => [...list.slice(0, i + 1), cloneDeep(list[i]), ...list.slice(i + 1)]) ?? items;
}

/** The item becomes the last child of its previous sibling. */
export function indentItem(items: ReviewItem[], uid: string): ReviewItem[] {
  return (
    editSiblings(items, uid, (list, i) => {
      if (i === 0) return null;
      const prev = list[i - 1];
      return [...list.slice(0, i - 1), { ...prev, children: [...prev.children, list[i]] }, ...list.slice(i + 1)];
    }) ?? items
  );
}

/** The item leaves its parent and follows it, taking its later siblings along as its children. */
export function outdentItem(items: ReviewItem[], uid: string): ReviewItem[] {
  const path = parentPath(items, uid);
  if (!path || path.length === 0) return items;
  const parentUid = path[path.length - 1];
  let moved: ReviewItem | null = null;
  const withoutMoved =
    editSiblings(items, parentUid, (list, pi) => {
      const parent = list[pi];
      const i = parent.children.findIndex((c) => c.uid === uid);
      const item = parent.children[i];
      moved = { ...item, children: [...item.children, ...parent.children.slice(i + 1)] };
      return [...list.slice(0, pi), { ...parent, children: parent.children.slice(0, i) }, moved, ...list.slice(pi + 1)];
    }) ?? items;
  return moved ? withoutMoved : items;
}

/** The uids from the root down to the item's parent; [] for a top item; null when absent. */
export function parentPath(items: ReviewItem[], uid: string, trail: string[] = []): string[] | null {
  for (const it of items) {
    if (it.uid === uid) return trail;
    const inner = parentPath(it.children, uid, [...trail, it.uid]);
    if (inner) return inner;
  }
  return null;
}

export function moveItem(items: ReviewItem[], uid: string, delta: -1 | 1): ReviewItem[] {
  return (
    editSiblings(items, uid, (list, i) => {
      const j = i + delta;
      if (j < 0 || j >= list.length) return null;
      const out = [...list];
      [out[i], out[j]] = [out[j], out[i]];
      return out;
    }) ?? items
  );
}

/** Whether an item becomes a task: ticked, or a heading over a ticked descendant. */
export function isPublished(it: ReviewItem): boolean {
  if (it.checked) return true;
  return it.kind === 'heading' && it.children.some(isPublished);
}

/**
 * The items to send to POST /api/sources. An unpublished item's published descendants move up to
 * the nearest published ancestor, so ticking one sentence inside a paragraph still publishes it.
 */
export function toDraftItems(items: ReviewItem[]): DraftItem[] {
  const out: DraftItem[] = [];
  for (const it of items) {
    const children = toDraftItems(it.children);
    if (!isPublished(it)) {
      out.push(...children);
      continue;
    }
    const d: DraftItem = { title: it.title.trim() || titleFrom(it.text), start: it.start, end: it.end, category: it.category, key: it.key };
    if (it.text.trim()) d.description = it.text.trim();
    if (it.number) d.number = it.number.slice(0, 32);
    if (it.leadUnitId !== null) d.leadUnitId = it.leadUnitId;
    const supporting = it.supportingUnitIds.filter((u) => u !== it.leadUnitId);
    if (supporting.length) d.supportingUnitIds = supporting;
    if (it.ownerName.trim()) d.ownerName = it.ownerName.trim();
    if (it.deadline) d.deadline = it.deadline;
    if (it.deadlinePhrase) d.deadlinePhrase = it.deadlinePhrase.slice(0, 64);
    if (it.milestones?.length) d.milestones = it.milestones.map((m) => ({ title: m.phrase.slice(0, 64), due: m.date }));
    if (children.length) d.children = children;
    out.push(d);
  }
  return out;
}

/** How many tasks publishing makes; those with a lead unit are dispatched, and need a deadline to be. */
export function countDrafts(items: DraftItem[]): { total: number; withLead: number; leadWithoutDeadline: string[] } {
  let total = 0;
  let withLead = 0;
  const leadWithoutDeadline: string[] = [];
  const visit = (list: DraftItem[]) => {
    for (const d of list) {
      total++;
      if (d.leadUnitId) {
        withLead++;
        if (!d.deadline) leadWithoutDeadline.push(d.title);
      }
      visit(d.children ?? []);
    }
  };
  visit(items);
  return { total, withLead, leadWithoutDeadline };
}

/** `body.items.0.children.2.title` → '1.3' (the 1-based position the user sees). */
export function draftPathLabel(field: string): string | null {
  const m = /^body\.items\.(\d+(?:\.children\.\d+)*)/.exec(field);
  if (!m) return null;
  return m[1]
    .split('.children.')
    .map((n) => String(Number(n) + 1))
    .join('.');
}
