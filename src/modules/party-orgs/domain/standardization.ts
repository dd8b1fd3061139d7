/**
 * 标准化规范化建设: a checklist per organization category, each item a yes/no with an optional file.
 * Kept light on purpose: the 2023 rules against 指尖上的形式主义 warn against over-documentation, so
 * there is no free-text field to fill, and no item requires a file.
 * Score = share of items met × 100 (rounded); below standard under the configured threshold
 * (a setting; 80 by default, no national figure prescribes it).
 */
export const DEFAULT_STANDARD_THRESHOLD = 80;
export const MAX_ITEMS = 40;
export const ITEM_TEXT_MAX = 100;

export interface ChecklistItem {
  key: string;
  text: string;
}

export interface ItemError {
  field: string;
  code:
    | 'standardization.items_required'
    | 'standardization.too_many_items'
    | 'standardization.item_text'
    | 'standardization.duplicate_item'
    | 'standardization.unknown_item';
  params?: Record<string, string | number>;
}

/** A template's items: 1–40 statements, each 1–100 characters, keys unique. */
export function templateErrors(items: readonly ChecklistItem[], field = 'body.items'): ItemError[] {
  if (!items.length) return [{ field, code: 'standardization.items_required' }];
  if (items.length > MAX_ITEMS) return [{ field, code: 'standardization.too_many_items', params: { max: MAX_ITEMS } }];
  const out: ItemError[] = [];
  const seen = new Set<string>();
  items.forEach((it, i) => {
    const t = it.text.trim();
    if (!t || t.length > ITEM_TEXT_MAX) out.push({ field: `${field}.${i}.text`, code: 'standardization.item_text', params: { max: ITEM_TEXT_MAX } });
    if (seen.has(it.key)) out.push({ field: `${field}.${i}.key`, code: 'standardization.duplicate_item', params: { key: it.key } });
    seen.add(it.key);
  });
  return out;
}

/** Item keys for a template whose items were given without keys: i1, i2, … skipping those taken. */
export function withKeys(items: readonly { key?: string; text: string }[]): ChecklistItem[] {
  const taken = new Set(items.map((i) => i.key).filter((k): k is string => !!k));
  let n = 0;
  return items.map((i) => {
    if (i.key) return { key: i.key, text: i.text.trim() };
    let k: string;
    do k = `i${++n}`;
    while (taken.has(k));
    taken.add(k);
    return { key: k, text: i.text.trim() };
  });
}

export interface AssessmentScore {
  met: number;
  total: number;
  score: number;
  belowStandard: boolean;
}

/** The keys met must be the template's; each item counts once. */
export function assessmentErrors(items: readonly ChecklistItem[], met: readonly string[], field = 'body.met'): ItemError[] {
  const keys = new Set(items.map((i) => i.key));
  return met.flatMap((k, i) => (keys.has(k) ? [] : [{ field: `${field}.${i}`, code: 'standardization.unknown_item' as const, params: { key: k } }]));
}

export function assessmentScore(items: readonly ChecklistItem[], met: readonly string[], threshold = DEFAULT_STANDARD_THRESHOLD): AssessmentScore {
  const wanted = new Set(met);
  const n = items.filter((i) => wanted.has(i.key)).length;
  const score = items.length ? Math.round((n / items.length) * 100) : 0;
  return { met: n, total: items.length, score, belowStandard: score < threshold };
}
