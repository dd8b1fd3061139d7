/**
 * Reading and parsing a document off the main thread, so a large or hostile document
 * cannot stall every other request: one worker per parse (its memory goes with it), with
 * a heap limit (resourceLimits) and a time limit after which it is terminated.
 */
import { Worker } from 'node:worker_threads';
import { ParseInputError } from '../domain/errors.ts';
import type { ParseOptions, ParseResult } from '../domain/types.ts';
import { checkTextLength, PARSE_HEAP_LIMIT_MB, PARSE_TIME_LIMIT_MS, type WorkerInput } from './limits.ts';

export interface WorkerLimits {
  timeMs?: number;
  heapMb?: number;
}

type Reply = { ok: true; result: ParseResult } | { ok: false; code: ParseInputError['code'] } | { ok: false; range: string };

/** The outline of pasted text or of a file's bytes; rejects with ParseInputError for bad input or a limit. */
export function parseInWorker(
  input: { text: string } | { bytes: Uint8Array; name?: string },
  options: ParseOptions,
  limits: WorkerLimits = {},
): Promise<ParseResult> {
  try {
    if ('text' in input) checkTextLength(input.text); // no need to start a worker to refuse it
  } catch (e) {
    return Promise.reject(e);
  }
  const data: WorkerInput = { ...input, options };
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./entry.mjs', import.meta.url), {
      workerData: data,
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb ?? PARSE_HEAP_LIMIT_MB },
    });
    let settled = false;
    const settle = (f: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      f();
    };
    const timer = setTimeout(() => settle(() => reject(new ParseInputError('parser.timeout'))), limits.timeMs ?? PARSE_TIME_LIMIT_MS);
    worker.once('message', (m: Reply) =>
      settle(() => {
        if (m.ok) resolve(m.result);
        else if ('code' in m) reject(new ParseInputError(m.code));
        else reject(new RangeError(m.range));
      }),
    );
    worker.once('error', (e: Error & { code?: string }) =>
      settle(() => reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ParseInputError('parser.outOfMemory', { cause: e }) : e)),
    );
    worker.once('exit', (code) => settle(() => reject(new Error(`parse worker exited with code ${code}`))));
  });
}
