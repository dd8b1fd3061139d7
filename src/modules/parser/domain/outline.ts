/**
 * Segments → a tree of nodes, the way a reader follows an outline.
 *
 * A stack holds the open items. A structural marker (一、（一）1.（1）①) closes open
 * items down to its own family if one is open (a sibling), else down to the first item of
 * a conventionally higher rank, and opens itself beneath. A sequence marker (一是 第一
 * 首先 一方面) floats: it becomes a sibling of an open item of its family or a child of
 * whatever is open — so an enumeration that restarts inside a section nests under it.
 *
 * Paragraphs without a marker:
 * - close floating items (一是 items are one paragraph long in practice: "六是……" is
 *   followed by unrelated text in the seed speech);
 * - continue the open structural item while it has no children yet (multi-paragraph
 *   items and section intros), else become a paragraph child of it;
 * - "同志们，……" starts a new part of a speech: everything open closes.
 */
import { isStructural, STRUCTURAL_RANK, type Family } from './numbering.ts';
import type { Segment } from './segments.ts';
import type { Span } from './types.ts';

export interface Node {
  number: string;
  family: Family | null;
  level: number;
  start: number;
  /** End of the item's own text (children excluded); `end` adds the children. */
  ownEnd: number;
  end: number;
  numberSpan: Span | null;
  titleSpan: Span;
  /** Own text after the title: the rest of the first segment and continuation paragraphs. */
  body: Span[];
  children: Node[];
  parent: Node | null;
  /** The first segment holds nothing but marker and title. */
  standalone: boolean;
  /** Text introducing this item's enumeration (sequence families and inline members). */
  groupLead: string | null;
  /** A member of an enumeration inside its parent's paragraph ("……：一是……；二是……"). */
  inline: boolean;
  /** An attachment's title: a heading holding the attachment's outline. */
  part: boolean;
}

/** A field of the item above it ("牵头单位：…", "完成时限：…"). */
export const FIELD_LINE =
  /^(牵头单位|牵头部门|主责单位|责任单位|责任部门|配合单位|配合部门|协办单位|参与单位|责任人|完成时限|完成时间|时间节点|时限要求|工作措施|具体措施|阶段目标)[：:]/;

interface Frame {
  node: Node;
  kind: 'structural' | 'float' | 'lead';
}

function colonOutsideBrackets(s: string): number {
  let depth = 0;
  const stop = Math.min(s.length, 21);
  for (let k = 0; k < stop; k++) {
    const ch = s[k];
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    // "17:00" is a clock time, not the end of a title.
    else if ((ch === '：' || ch === ':') && depth === 0 && !(/[0-9０-９]/.test(s[k - 1] ?? '') && /[0-9０-９]/.test(s[k + 1] ?? ''))) return k;
  }
  return -1;
}

/** Where the title ends in an item's first segment (after its marker). */
export function splitTitle(s: string, member: boolean): { titleEnd: number; restStart: number } {
  let i = s.search(/[。！？!?]/);
  if (member) {
    const j = s.search(/[；;]/);
    if (j >= 0 && (i < 0 || j < i)) i = j;
  }
  // A colon inside brackets belongs to a field ("（牵头单位：X，配合单位：Y）"), not to the title's end.
  const c = colonOutsideBrackets(s);
  if (c >= 2 && c <= 20 && (i < 0 || c < i) && c < s.length - 1) i = c;
  if (i > 80) {
    const semi = s.slice(0, i).search(/[；;]/);
    if (semi >= 2) i = semi;
  }
  if (i < 0) {
    let end = s.length;
    while (end > 0 && /[，,；;、：:\s\u3000]/.test(s[end - 1])) end--;
    return { titleEnd: end, restStart: s.length };
  }
  let rest = i + 1;
  while (rest < s.length && /[\s\u3000]/.test(s[rest])) rest++;
  return { titleEnd: i, restStart: rest };
}

function makeNode(seg: Segment, parent: Node | null): Node {
  const mk = seg.marker;
  const markerLen = mk ? mk.length : (seg.part ?? 0);
  const content = seg.text.slice(markerLen);
  const { titleEnd, restStart } = splitTitle(content, seg.role === 'member');
  const titleStart = seg.start + markerLen;
  const body: Span[] = [];
  if (restStart < content.length) body.push({ start: titleStart + restStart, end: seg.end });
  return {
    number: mk ? mk.text.trim() : '',
    family: mk ? mk.family : null,
    level: parent ? parent.level + 1 : 1,
    start: seg.start,
    ownEnd: seg.end,
    end: seg.end,
    numberSpan: mk ? { start: seg.start, end: seg.start + mk.text.trim().length } : null,
    titleSpan: { start: titleStart, end: titleStart + titleEnd },
    body,
    children: [],
    parent,
    standalone: restStart >= content.length,
    groupLead: null,
    inline: seg.role === 'member',
    part: seg.part !== undefined,
  };
}

export function buildOutline(segments: readonly Segment[]): Node[] {
  const roots: Node[] = [];
  const stack: Frame[] = [];
  let leadNode: Node | null = null; // the node owning the paragraph an inline member belongs to
  let prev: Segment | null = null;
  const top = () => stack[stack.length - 1];
  const attach = (n: Node) => (n.parent ? n.parent.children.push(n) : roots.push(n));

  for (const seg of segments) {
    const mk = seg.marker;
    if (seg.role === 'member' && leadNode !== null) {
      while (stack.length > 0 && top().node !== leadNode) stack.pop();
      const n = makeNode(seg, leadNode);
      n.groupLead = seg.leadText;
      attach(n);
      stack.push({ node: n, kind: 'float' });
    } else if (seg.part !== undefined) {
      // An attachment: everything open closes; its outline nests under its title.
      stack.length = 0;
      const n = makeNode(seg, null);
      attach(n);
      stack.push({ node: n, kind: 'structural' });
      leadNode = n;
    } else if (mk === null) {
      if (seg.vocative) stack.length = 0;
      while (stack.length > 0 && top().kind !== 'structural') stack.pop();
      const t = stack.length > 0 ? top().node : null;
      // A field line belongs to the open item even after its children ("——…；" bullets, then "牵头单位：…").
      if (t !== null && (t.children.length === 0 || FIELD_LINE.test(seg.text)) && !seg.vocative) {
        t.body.push({ start: seg.start, end: seg.end });
        t.ownEnd = Math.max(t.ownEnd, seg.end);
        leadNode = t;
      } else {
        const n = makeNode(seg, t);
        attach(n);
        stack.push({ node: n, kind: 'lead' });
        leadNode = n;
      }
    } else if (isStructural(mk.family)) {
      const same = findLast(stack, (f) => f.kind === 'structural' && f.node.family === mk.family);
      if (same >= 0) stack.length = same;
      else {
        const rank = STRUCTURAL_RANK[mk.family]!;
        while (stack.length > 0 && (top().kind !== 'structural' || STRUCTURAL_RANK[top().node.family!]! > rank)) stack.pop();
      }
      const n = makeNode(seg, stack.length > 0 ? top().node : null);
      attach(n);
      stack.push({ node: n, kind: 'structural' });
      leadNode = n;
    } else {
      const same = findLast(stack, (f) => f.kind === 'float' && f.node.family === mk.family);
      let groupLead: string | null = null;
      if (same >= 0) {
        groupLead = stack[same].node.groupLead;
        stack.length = same;
      } else {
        // A new enumeration: the paragraph just before it introduces it.
        if (prev !== null && prev.marker === null) groupLead = prev.text;
        // It is a sibling of the paragraph before it, not its child (see the file comment).
        while (stack.length > 0 && top().kind === 'lead') stack.pop();
      }
      const n = makeNode(seg, stack.length > 0 ? top().node : null);
      n.groupLead = groupLead;
      attach(n);
      stack.push({ node: n, kind: 'float' });
      leadNode = n;
    }
    prev = seg;
  }
  for (const r of roots) closeSpans(r);
  return roots;
}

function findLast<T>(xs: readonly T[], p: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (p(xs[i])) return i;
  return -1;
}

/** A parent's span covers its children. Iterative, so deep nesting cannot overflow the stack. */
function closeSpans(root: Node): void {
  const order: Node[] = [];
  const todo = [root];
  while (todo.length > 0) {
    const n = todo.pop()!;
    order.push(n);
    for (const c of n.children) todo.push(c);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i];
    n.end = n.ownEnd;
    for (const c of n.children) n.end = Math.max(n.end, c.end);
  }
}
