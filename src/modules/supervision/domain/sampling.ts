/**
 * 回头看 sampling: a reproducible "random" sample of N% of the candidates, at least one.
 *
 * Each candidate is ranked by a hash of the look-back's stored seed and its id, so the same seed
 * always draws the same tasks (an auditor can re-derive a sample), while different look-backs draw
 * independently. The count rounds up: a check errs towards looking at more.
 */
export function sampleSize(candidates: number, percent: number): number {
  if (candidates <= 0) return 0;
  const p = Math.min(100, Math.max(1, percent));
  return Math.min(candidates, Math.max(1, Math.ceil((candidates * p) / 100)));
}

/** FNV-1a, 32-bit: small, stable across platforms, plenty for shuffling a few thousand ids. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function sampleIds(ids: readonly number[], percent: number, seed: string): number[] {
  const ranked = [...new Set(ids)].map((id) => ({ id, rank: fnv1a(`${seed}:${id}`) })).sort((a, b) => a.rank - b.rank || a.id - b.id);
  return ranked
    .slice(0, sampleSize(ranked.length, percent))
    .map((r) => r.id)
    .sort((a, b) => a - b);
}
