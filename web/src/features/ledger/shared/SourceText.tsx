import { useEffect, useMemo, useRef } from 'react';
import styles from './source-text.module.css';

interface Props {
  text: string;
  /** The span to light up and scroll into view. */
  highlight: { start: number; end: number } | null;
  /** Offsets where the text is cut into pieces (item boundaries), so a click maps to an offset. */
  cuts?: number[];
  /** A click (or a placed cursor) in the text, as an offset into `text`. */
  onPick?: (offset: number) => void;
  height?: number | string;
}

/**
 * The source's text with one span lit up. It is cut into pieces at the given offsets, each
 * knowing where it starts, so a click anywhere maps back to an offset into the text.
 */
export function SourceText({ text, highlight, cuts = [], onPick, height = '70vh' }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const pieces = useMemo(() => {
    const points = [...new Set([0, text.length, ...cuts, ...(highlight ? [highlight.start, highlight.end] : [])])]
      .filter((n) => n >= 0 && n <= text.length)
      .sort((a, b) => a - b);
    const out: { start: number; end: number }[] = [];
    for (let i = 0; i < points.length - 1; i++) if (points[i + 1] > points[i]) out.push({ start: points[i], end: points[i + 1] });
    return out;
  }, [text, cuts, highlight]);

  useEffect(() => {
    if (!highlight) return;
    const el = box.current?.querySelector<HTMLElement>(`[data-start="${highlight.start}"]`);
    if (el && box.current) {
      // Scroll the text pane only, not the page.
      const top = el.offsetTop - 40; // the box is the offset parent (position: relative)
      box.current.scrollTo({ top: Math.max(0, top), behavior: 'smooth' });
    }
  }, [highlight]);

  const pick = () => {
    if (!onPick) return;
    const sel = window.getSelection();
    const node = sel?.anchorNode;
    const span = node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement | null);
    const start = span?.closest<HTMLElement>('[data-start]')?.dataset.start;
    if (start === undefined) return;
    onPick(Number(start) + (node?.nodeType === Node.TEXT_NODE ? (sel?.anchorOffset ?? 0) : 0));
  };

  const inside = (p: { start: number; end: number }) => highlight !== null && p.start >= highlight.start && p.end <= highlight.end;
  return (
    <div ref={box} className={styles.text} style={{ height }} onMouseUp={pick} data-testid="source-text">
      {pieces.map((p) => (
        <span key={p.start} data-start={p.start} className={inside(p) ? styles.lit : undefined} data-lit={inside(p) || undefined}>
          {text.slice(p.start, p.end)}
        </span>
      ))}
    </div>
  );
}
