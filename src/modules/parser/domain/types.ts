/**
 * The shapes the parser produces. `Item` is the JSON contract other tools rely on
 * (see docs/parser.md); keep its fields and their meaning stable.
 */

export type ItemKind = 'task' | 'review' | 'principle' | 'heading' | 'paragraph';

/** A half-open range [start, end) of character offsets into the cleaned text. */
export interface Span {
  start: number;
  end: number;
}

export interface Deadline {
  /** The words as written, e.g. "年底前", "2020-2024", "每年". */
  phrase: string;
  /** The due date, or for a period its first day; null when only recurring/ongoing. */
  date: string | null;
  /** The last day of a period ("2020-2024" → 2024-12-31); null for a single date. */
  until: string | null;
  /** True for work without an end: 每年、长期坚持、持续、常态化. */
  recurring: boolean;
  /**
   * Every dated limit of the item in the order written, when it names more than one
   * ("2019年6月底前…2019年12月底前…2020年12月底前"); the deadline itself is the last.
   * Absent when the item has a single limit.
   */
  milestones?: Array<{ phrase: string; date: string }>;
}

/** Where each extracted field came from, so a UI can highlight it. */
export interface ItemSpans {
  number: Span | null;
  title: Span;
  deadline: Span | null;
  leads: Span[];
  supporting: Span[];
}

export interface Item {
  /** The marker as written ("一、", "（二）", "一要"), "" for an unnumbered paragraph. */
  number: string;
  /** 1 = top level. */
  level: number;
  kind: ItemKind;
  title: string;
  text: string;
  start: number;
  end: number;
  deadline: Deadline | null;
  leads: string[];
  supporting: string[];
  /**
   * Whether each proposed unit is a name of the user's unit tree (ParseOptions.units),
   * index for index with `leads` and `supporting`: a person decides on the unmatched.
   */
  unitsMatched: { leads: boolean[]; supporting: boolean[] };
  children: Item[];
  spans: ItemSpans;
}

export interface ParseOptions {
  /** Reference date (YYYY-MM-DD) for relative deadlines; the domain never reads the clock. */
  refDate: string;
  /** Known unit names (one per entry), used to recognise and split unit lists. */
  units?: readonly string[];
}

export interface ParseResult {
  title: string | null;
  /** ISO date when the document carries a full date, else null. */
  date: string | null;
  issuer: string | null;
  salutation: string | null;
  closing: string | null;
  /** The text after noise removal; every offset in the result points into it. */
  cleanedText: string;
  items: Item[];
}
