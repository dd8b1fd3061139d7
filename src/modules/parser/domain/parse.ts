/**
 * parseDocument: text in, outline out. Pure: no I/O, no clock (the reference date for
 * relative deadlines is a parameter), never throws on any string.
 *
 * Pipeline: clean (noise, front matter) → segments (paragraphs, inline enumerations,
 * sequence validation) → outline (the tree) → per item: deadline, units, kind.
 */
import { cleanDocument } from './clean.ts';
import { classify, leadKind } from './kind.ts';
import { findDeadline, parseRefDate } from './deadline.ts';
import { isStructural } from './numbering.ts';
import { buildOutline, FIELD_LINE, type Node } from './outline.ts';
import { toSegments } from './segments.ts';
import type { Item, ParseOptions, ParseResult, Span } from './types.ts';
import { FIRST_LISTED_LEADS, findUnits } from './units.ts';

interface OwnText {
  text: string;
  /** Offset in `text` → offset in the cleaned text. */
  at: (i: number) => number;
}

/** An item's own words (title and body, not its children), joined by newlines. */
function ownText(cleaned: string, n: Node): OwnText {
  const parts: Span[] = [n.titleSpan, ...n.body];
  let text = '';
  const starts: number[] = [];
  for (const p of parts) {
    if (text.length > 0) text += '\n';
    starts.push(text.length);
    text += cleaned.slice(p.start, p.end);
  }
  return {
    text,
    at: (i) => {
      // The last part starting at or before i (binary search: an item may have thousands of parts).
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= i) lo = mid;
        else hi = mid - 1;
      }
      return parts[lo].start + (i - starts[lo]);
    },
  };
}

export function parseDocument(raw: string, options: ParseOptions): ParseResult {
  parseRefDate(options.refDate); // fail fast on a bad reference date: the one thing a caller can get wrong
  const doc = cleanDocument(typeof raw === 'string' ? raw : '');
  const cleaned = doc.cleanedText;
  const roots = buildOutline(toSegments(doc.paragraphs));
  const firstListedLeads = FIRST_LISTED_LEADS.test(cleaned);
  const tree = new Set(options.units ?? []);

  const hasSections = (x: Node) => x.children.some((c) => c.family !== null && !c.inline);
  // Per sibling list: how many standalone sections each numbering family has. Computed once
  // per list, so a document with thousands of siblings stays linear.
  const sectionCounts = new WeakMap<readonly Node[], Map<string, number>>();
  const sectionsIn = (siblings: readonly Node[]) => {
    let m = sectionCounts.get(siblings);
    if (!m) {
      m = new Map();
      for (const s of siblings) if (s.family !== null && s.standalone && hasSections(s)) m.set(s.family, (m.get(s.family) ?? 0) + 1);
      sectionCounts.set(siblings, m);
    }
    return m;
  };

  const toItem = (n: Node, siblings: readonly Node[]): Item => {
    const own = ownText(cleaned, n);
    const title = cleaned.slice(n.titleSpan.start, n.titleSpan.end);
    const bodyText = n.body.map((b) => cleaned.slice(b.start, b.end)).join('\n');
    const d = findDeadline(own.text, options.refDate);
    const u = findUnits(own.text, { dictionary: tree, firstListedLeads });
    const mapSpan = (s: Span): Span => ({ start: own.at(s.start), end: own.at(Math.max(s.start, s.end - 1)) + (s.end > s.start ? 1 : 0) });
    const structural = n.family !== null && isStructural(n.family);
    const prior = n.family !== null && !structural ? leadKind(n.groupLead) : null;
    const kind = n.part
      ? 'heading'
      : classify({
          numbered: n.family !== null,
          structural,
          title,
          text: bodyText,
          standalone: n.standalone,
          hasSections: hasSections(n),
          siblingHasSections: n.family !== null && (sectionsIn(siblings).get(n.family) ?? 0) - (n.standalone && hasSections(n) ? 1 : 0) > 0,
          fieldBody: n.body.length > 0 && bodyText.split('\n').every((l) => FIELD_LINE.test(l)),
          prior,
          // Unnumbered text counts as a task only when it names who, or a firm date ("……前").
          accountable: u.leads.length > 0 || (d !== null && !d.recurring && (n.family !== null || /前|底|末|时限/.test(d.phrase))),
        });
    // A review reports work already done: words like "持续加强" in it are not deadlines.
    // Nor is "持续" in the body of a principle: a principle states how to work, not when
    // (its own heading saying "持续…" still marks the item as ongoing).
    const deadline = kind === 'review' || (kind === 'principle' && d?.recurring && d.at >= title.length) ? null : d;
    return {
      number: n.number,
      level: n.level,
      kind,
      title,
      text: bodyText,
      start: n.start,
      end: n.end,
      deadline: deadline && {
        phrase: deadline.phrase,
        date: deadline.date,
        until: deadline.until,
        recurring: deadline.recurring,
        ...(deadline.milestones ? { milestones: deadline.milestones } : {}),
      },
      leads: u.leads.map((x) => x.name),
      supporting: u.supporting.map((x) => x.name),
      unitsMatched: { leads: u.leads.map((x) => tree.has(x.name)), supporting: u.supporting.map((x) => tree.has(x.name)) },
      children: n.children.map((c) => toItem(c, n.children)),
      spans: {
        number: n.numberSpan,
        title: n.titleSpan,
        deadline: deadline && mapSpan({ start: deadline.at, end: deadline.at + deadline.length }),
        leads: u.leads.map((x) => mapSpan(x.span)),
        supporting: u.supporting.map((x) => mapSpan(x.span)),
      },
    };
  };

  return {
    title: doc.front.title,
    date: doc.front.date,
    issuer: doc.front.issuer,
    salutation: doc.front.salutation,
    closing: doc.front.closing,
    cleanedText: cleaned,
    items: roots.map((r) => toItem(r, roots)),
  };
}
