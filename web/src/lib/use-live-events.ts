import { useEffect, useRef, useState } from 'react';

/**
 * The events GET /api/events sends (`event: <type>`). An EventSource only hands named events to
 * listeners of that name, so the page listens to each kind that can change a figure.
 */
export const LIVE_EVENT_TYPES = [
  'task.created',
  'task.updated',
  'task.deleted',
  'task.dispatched',
  'task.acknowledged',
  'task.progressReported',
  'task.signOffRequested',
  'task.signedOff',
  'task.signOffReturned',
  'task.extensionRequested',
  'task.extensionApproved',
  'task.extensionRefused',
  'task.reopened',
  'task.cancelled',
  // 催办 and 督办单 (supervision) change the task's history: without these the page showed them only after a reload.
  'task.reminded',
  'task.supervisionNoticeIssued',
  // A leader's 批示 on a task (its history) or a source (its page).
  'task.instructed',
  'source.instructed',
  'report.accepted',
  'report.returned',
  'problem.created',
  'problem.updated',
  'problem.rectified',
  'problem.deleted',
  // The party organizations (registry, terms, weak-and-lax rectification).
  'partyOrg.created',
  'partyOrg.updated',
  'partyOrg.deleted',
  'unit.created',
  'unit.updated',
  'unit.deleted',
] as const;

export type LiveState = 'connecting' | 'live' | 'offline';

export interface LiveEvent {
  type: string;
  entity: string;
  entityId: number | string;
  unitIds: number[];
  at: string;
}

interface Options {
  /** Wait this long after the last event before calling back, so a batch causes one reload. */
  debounceMs?: number;
  enabled?: boolean;
}

const RETRY_MAX_MS = 30_000;

/**
 * Subscribes to the server's live events and calls `onChange` (debounced) with the events of the
 * batch; with null after a reconnect (events may have been missed while away) or an unreadable
 * event, meaning "anything may have changed". The browser retries a dropped
 * stream itself; when it gives up (the stream answered an error), we open a new one with backoff.
 */
export function useLiveEvents(onChange: (events: LiveEvent[] | null) => void, opts: Options = {}): LiveState {
  const { debounceMs = 500, enabled = true } = opts;
  const [state, setState] = useState<LiveState>('connecting');
  const cb = useRef(onChange);
  cb.current = onChange;

  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') {
      setState('offline');
      return;
    }
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let everOpen = false;
    let closed = false;
    // The batch so far; null once it holds a catch-up or an unreadable event.
    let batch: LiveEvent[] | null = [];

    const fire = (e: LiveEvent | null) => {
      if (e === null || !e.entity) batch = null;
      else batch?.push(e);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const events = batch;
        batch = [];
        cb.current(events);
      }, debounceMs);
    };
    const onEvent = (msg: MessageEvent<string>) => {
      try {
        fire(JSON.parse(msg.data) as LiveEvent);
      } catch {
        fire(null);
      }
    };
    const open = () => {
      if (closed) return;
      setState('connecting');
      const es = new EventSource('/api/events', { withCredentials: true });
      source = es;
      es.onopen = () => {
        attempt = 0;
        setState('live');
        if (everOpen) fire(null); // back after a gap: catch up
        everOpen = true;
      };
      es.onmessage = onEvent;
      for (const type of LIVE_EVENT_TYPES) es.addEventListener(type, onEvent as EventListener);
      es.onerror = () => {
        if (es.readyState === EventSource.CLOSED) {
          es.close();
          setState('offline');
          const delay = Math.min(RETRY_MAX_MS, 1000 * 2 ** attempt++);
          retry = setTimeout(open, delay);
        } else {
          setState('connecting');
        }
      };
    };
    open();
    return () => {
      closed = true;
      clearTimeout(timer);
      clearTimeout(retry);
      source?.close();
    };
  }, [enabled, debounceMs]);

  return state;
}
