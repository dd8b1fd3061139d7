import type { Briefing, SectionKey } from './api';

/** What the user typed into a briefing, kept in sessionStorage until saved. */
export interface EditDraft {
  /** The version the typing started from (informational: a save always sends the server's latest). */
  baseVersion: number;
  title: string;
  sections: Partial<Record<SectionKey, string>>;
}

const key = (id: number) => `luoshi.briefing.${id}`;

export function readDraft(id: number): EditDraft | null {
  try {
    const raw = sessionStorage.getItem(key(id));
    return raw ? (JSON.parse(raw) as EditDraft) : null;
  } catch {
    return null;
  }
}

export function writeDraft(id: number, d: EditDraft): void {
  try {
    sessionStorage.setItem(key(id), JSON.stringify(d));
  } catch {
    /* storage full or disabled: the open page still holds the text */
  }
}

export function clearDraft(id: number): void {
  try {
    sessionStorage.removeItem(key(id));
  } catch {
    /* ignored */
  }
}

/** The edits that differ from the server's copy: what a PATCH sends (nothing when all agree). */
export function changesOf(b: Briefing, d: Pick<EditDraft, 'title' | 'sections'>): { title?: string; sections?: Partial<Record<SectionKey, string>> } | null {
  const out: { title?: string; sections?: Partial<Record<SectionKey, string>> } = {};
  if (d.title.trim() && d.title !== b.title) out.title = d.title;
  const sections: Partial<Record<SectionKey, string>> = {};
  for (const s of b.content.sections) {
    const typed = d.sections[s.key];
    if (typed !== undefined && typed !== s.text) sections[s.key] = typed;
  }
  if (Object.keys(sections).length) out.sections = sections;
  return out.title !== undefined || out.sections ? out : null;
}

/** The month a briefing is usually for: the current one (1st to last day). */
export function monthRange(anchor: string): { from: string; to: string } {
  const y = Number(anchor.slice(0, 4));
  const m = Number(anchor.slice(5, 7));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return { from: `${y}-${mm}-01`, to: `${y}-${mm}-${String(last).padStart(2, '0')}` };
}

/**
 * After a 409: the other person's copy with the user's own edits on top. A field the user did not
 * touch (still as in the copy they started from) takes the new text; a field they edited keeps theirs.
 */
export function rebase(started: Briefing, latest: Briefing, typed: Pick<EditDraft, 'title' | 'sections'>): Pick<EditDraft, 'title' | 'sections'> {
  const was = new Map(started.content.sections.map((s) => [s.key, s.text]));
  const sections: Partial<Record<SectionKey, string>> = {};
  for (const s of latest.content.sections) {
    const mine = typed.sections[s.key];
    sections[s.key] = mine !== undefined && mine !== was.get(s.key) ? mine : s.text;
  }
  return { title: typed.title !== started.title ? typed.title : latest.title, sections };
}
