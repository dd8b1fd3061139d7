/**
 * Small data factories for HTTP tests: each makes one thing through the public API, as a user would,
 * and fails loudly (with the response body) if the API refuses.
 */
import { expect } from 'vitest';
import type { TestClient } from './http.ts';

export type TaskStatus = 'draft' | 'dispatched' | 'reported' | 'signedOff';

export interface TaskSpec {
  title?: string;
  /** The lead unit's id. */
  lead: number;
  /** The supporting units' ids (配合单位). */
  supporting?: number[];
  deadline?: string | null;
  sourceId?: number;
  /** How far along the ledger's loop (default dispatched). Past dispatched needs the lead `liaison`. */
  status?: TaskStatus;
  liaison?: TestClient;
  /** The progress report of a reported (or signed-off) task. */
  report?: string;
  percent?: number;
}

let seq = 0;

async function act(c: TestClient, id: number, action: string, body: Record<string, unknown> = {}) {
  const version = (await c.get(`/api/tasks/${id}`)).json().version;
  const res = await c.post(`/api/tasks/${id}/actions/${action}`, { version, ...body });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** A task made by supervisor `sup` and moved to `status` (acknowledged and reported by the liaison on the way). */
export async function aTask(sup: TestClient, spec: TaskSpec): Promise<number> {
  const { lead, deadline = null, sourceId, status = 'dispatched', liaison } = spec;
  const created = await sup.post('/api/tasks', {
    title: spec.title ?? `测试任务${++seq}`,
    leadUnitId: lead,
    deadline,
    ...(sourceId === undefined ? {} : { sourceId }),
    ...(spec.supporting ? { supportingUnitIds: spec.supporting } : {}),
  });
  expect(created.statusCode, created.body).toBe(201);
  const id: number = created.json().id;
  if (status === 'draft') return id;
  const sent = await sup.post('/api/tasks/dispatch', { ids: [id] });
  expect(sent.statusCode, sent.body).toBe(200);
  if (status === 'dispatched') return id;
  if (!liaison) throw new Error(`aTask: status ${status} needs the lead unit's liaison`);
  await act(liaison, id, 'acknowledge');
  const rep = await liaison.post(`/api/tasks/${id}/reports`, { text: spec.report ?? '已完成排查摸底', percent: spec.percent ?? 40 });
  expect(rep.statusCode, rep.body).toBe(201);
  if (status === 'reported') return id;
  await act(liaison, id, 'requestSignOff');
  await act(sup, id, 'signOff');
  return id;
}

export interface SourceSpec {
  title?: string;
  kind?: string;
  /** The source's text (default its title; null sends none). */
  text?: string | null;
  items?: Record<string, unknown>[];
  dispatch?: boolean;
}

/** A source (document, speech…) with its draft items, made by supervisor `sup`; its id and its tasks' ids. */
export async function aSource(sup: TestClient, spec: SourceSpec = {}): Promise<{ id: number; taskIds: number[] }> {
  const title = spec.title ?? `测试文件${++seq}`;
  const text = spec.text === undefined ? title : spec.text;
  const res = await sup.post('/api/sources', {
    kind: spec.kind ?? 'document',
    title,
    ...(text === null ? {} : { text }),
    items: spec.items ?? [],
    ...(spec.dispatch ? { dispatch: true } : {}),
  });
  expect(res.statusCode, res.body).toBe(201);
  const body = res.json();
  return { id: body.id, taskIds: body.taskIds ?? [] };
}

export interface ProblemSpec {
  /** The responsible unit's id. */
  unitId: number;
  deadline?: string;
  finding?: string;
  category?: string;
  sourceKind?: string;
  sourceTitle?: string;
  severity?: string;
  foundOn?: string;
  /** Its rectification measures, e.g. `{ title, leadUnitId, deadline }`. */
  measures?: Record<string, unknown>[];
}

/** A problem (问题清单) found by an inspection, recorded by supervisor `sup`: the created problem as the API answers it. */
export async function aProblem(sup: TestClient, spec: ProblemSpec): Promise<{ id: number; version: number } & Record<string, unknown>> {
  const {
    sourceKind = 'inspection',
    sourceTitle = '市委巡察组反馈意见',
    finding = `测试问题${++seq}`,
    category = '选人用人',
    deadline = '2026-12-31',
    ...rest
  } = spec;
  const res = await sup.post('/api/problems', { sourceKind, sourceTitle, finding, category, deadline, ...rest });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
