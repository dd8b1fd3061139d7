import { useCallback, useEffect, useState } from 'react';
import type { SourceKind } from '../model';
import type { ParseResult } from '../api';
import { fromParsed, type ReviewItem } from './outline';

export interface ReviewMeta {
  kind: SourceKind;
  title: string;
  date: string | null;
  issuer: string | null;
}

export interface ReviewDraft {
  meta: ReviewMeta;
  text: string;
  items: ReviewItem[];
  selected: string | null;
  /** Publishing into this existing source (a 批示 turned into a source) instead of making one. */
  sourceId?: number;
}

const key = (userId: number) => `luoshi.draft.ledger.sourceReview.${userId}`;

function read(userId: number): ReviewDraft | null {
  try {
    const raw = sessionStorage.getItem(key(userId));
    const d = raw ? (JSON.parse(raw) as ReviewDraft) : null;
    return d && Array.isArray(d.items) && typeof d.text === 'string' ? d : null;
  } catch {
    return null;
  }
}

/** A speech has a salutation (同志们); anything else starts as a document. The user can change it. */
export function guessKind(p: ParseResult): SourceKind {
  const title = p.title ?? '';
  if (p.salutation || /讲话/.test(title)) return 'speech';
  if (/批示/.test(title)) return 'instruction';
  if (/要点/.test(title)) return 'workPlan';
  if (/巡视|巡察/.test(title)) return 'inspection';
  return 'document';
}

export function draftFromParse(p: ParseResult): ReviewDraft {
  return {
    meta: { kind: guessKind(p), title: p.title ?? '', date: p.date, issuer: p.issuer },
    text: p.cleanedText,
    items: fromParsed(p.items, p.unitIds),
    selected: null,
  };
}

/**
 * The review screen's whole state, written to sessionStorage on every change: a reload, a closed
 * tab restored, or an expired session and a trip through the login page loses nothing.
 */
export function useReviewDraft(userId: number) {
  const [draft, setDraft] = useState<ReviewDraft | null>(() => read(userId));
  const [restored] = useState(() => draft !== null);

  useEffect(() => {
    try {
      if (draft) sessionStorage.setItem(key(userId), JSON.stringify(draft));
      else sessionStorage.removeItem(key(userId));
    } catch {
      /* storage full or disabled: the open page still holds the work */
    }
  }, [draft, userId]);

  const update = useCallback((fn: (d: ReviewDraft) => ReviewDraft) => setDraft((d) => (d ? fn(d) : d)), []);
  const clear = useCallback(() => setDraft(null), []);
  return { draft, restored, start: setDraft, update, clear };
}
