import { api } from '../../api/client';

export type BriefingStatus = 'draft' | 'issued';
export const SECTION_KEYS = ['overview', 'table', 'commended', 'overdue', 'nextSteps'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** A row of the briefing's table 各单位推进情况 (figures as printed: rate '87.5%'). */
export interface BriefingUnitRow {
  unit: string;
  total: number;
  signedOff: number;
  rate: string;
  overdue: number;
}

export interface BriefingOverdueUnit {
  unit: string;
  count: number;
  tasks: { number: string; title: string; deadline: string | null }[];
}

/** The figures a briefing was drafted from, frozen with it. */
export interface BriefingFigures {
  scopeName: string;
  from: string;
  to: string;
  asOf: string;
  active: number;
  signedOff: number;
  completionRate: string;
  signedOffInPeriod: number;
  dispatchedInPeriod: number;
  onTimeRate: string;
  overdue: number;
  lagging: number;
  rows: BriefingUnitRow[];
  commended: string[];
  overdueUnits: BriefingOverdueUnit[];
}

export interface BriefingSection {
  key: SectionKey;
  heading: string;
  text: string;
}

export interface BriefingSummary {
  id: number;
  title: string;
  unitId: number | null;
  from: string;
  to: string;
  status: BriefingStatus;
  version: number;
  createdAt: string;
  issuedAt: string | null;
}

export interface Briefing extends BriefingSummary {
  content: { title: string; issuer: string; figures: BriefingFigures; sections: BriefingSection[] };
}

export interface CreateBriefingInput {
  from: string;
  to: string;
  unitId?: number;
  title?: string;
}

export interface EditBriefingInput {
  version: number;
  title?: string;
  sections?: Partial<Record<SectionKey, string>>;
}

export const briefingsApi = {
  list: (status?: BriefingStatus, signal?: AbortSignal) => api.get<{ total: number; items: BriefingSummary[] }>('/api/briefings', { status }, signal),
  get: (id: number, signal?: AbortSignal) => api.get<Briefing>(`/api/briefings/${id}`, undefined, signal),
  create: (input: CreateBriefingInput) => api.post<Briefing>('/api/briefings', input),
  edit: (id: number, input: EditBriefingInput) => api.patch<Briefing>(`/api/briefings/${id}`, input),
  issue: (id: number, version: number) => api.post<Briefing>(`/api/briefings/${id}/issue`, { version }),
  docxUrl: (id: number) => `/api/briefings/${id}.docx`,
  xlsxUrl: (id: number) => `/api/briefings/${id}/tables.xlsx`,
};
