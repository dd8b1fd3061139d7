/**
 * Runs inside the parse worker (see parse-in-worker.ts): bytes or text in workerData, one
 * message out — the outline, or the code of a ParseInputError. Anything else is a crash
 * the main thread reports as such.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readDocument } from '../read-document.ts';
import { parseDocument } from '../domain/parse.ts';
import { ParseInputError } from '../domain/errors.ts';
import { checkItemCount, checkTextLength, type WorkerInput } from './limits.ts';

async function run(input: WorkerInput) {
  const text = input.bytes ? (await readDocument(input.bytes, input.name)).text : (input.text ?? '');
  checkTextLength(text);
  const result = parseDocument(text, input.options);
  checkItemCount(result.items);
  return result;
}

run(workerData as WorkerInput).then(
  (result) => parentPort!.postMessage({ ok: true, result }),
  (e: unknown) => {
    if (e instanceof ParseInputError) parentPort!.postMessage({ ok: false, code: e.code });
    else if (e instanceof RangeError) parentPort!.postMessage({ ok: false, range: e.message });
    else throw e;
  },
);
