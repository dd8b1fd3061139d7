/** Test helpers: tasks moved through the ledger's loop over HTTP, and notifications read back. */
import { notificationRecipients } from '../notifications/index.ts';
import { expect } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { loggedIn, type TestClient } from '../../../test/support/http.ts';
import { PASSWORD } from '../../../test/support/city.ts';

export interface TaskSpec {
  title: string;
  leadUnitId: number;
  deadline: string | null;
  sourceId?: number;
}

export async function draftTask(sup: TestClient, spec: TaskSpec): Promise<number> {
  const res = await sup.post('/api/tasks', spec);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

export async function dispatchedTask(sup: TestClient, spec: TaskSpec): Promise<number> {
  const id = await draftTask(sup, spec);
  const res = await sup.post('/api/tasks/dispatch', { ids: [id] });
  expect(res.statusCode, res.body).toBe(200);
  return id;
}

async function act(c: TestClient, id: number, action: string, body: Record<string, unknown> = {}) {
  const version = (await c.get(`/api/tasks/${id}`)).json().version;
  const res = await c.post(`/api/tasks/${id}/actions/${action}`, { version, ...body });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Acknowledged by the lead liaison, with one progress report. */
export async function reportedTask(sup: TestClient, liaison: TestClient, spec: TaskSpec, report = '已完成排查摸底', percent = 40): Promise<number> {
  const id = await dispatchedTask(sup, spec);
  await act(liaison, id, 'acknowledge');
  const res = await liaison.post(`/api/tasks/${id}/reports`, { text: report, percent });
  expect(res.statusCode, res.body).toBe(201);
  return id;
}

export async function signedOffTask(sup: TestClient, liaison: TestClient, spec: TaskSpec): Promise<number> {
  const id = await reportedTask(sup, liaison, spec);
  await act(liaison, id, 'requestSignOff');
  await act(sup, id, 'signOff');
  return id;
}

/** Who got which supervision notifications, by username. */
export async function supervisionNotices(ctx: AppContext, taskId: number, kind: string) {
  const rows = await notificationRecipients(ctx.db, { type: 'task', id: taskId }, kind);
  return { users: rows.map((r) => r.username), rows };
}

/** Sessions idle out as the fake clock moves days: log in afresh. */
export const login = (app: FastifyInstance, username: string) => loggedIn(app, username, PASSWORD);
