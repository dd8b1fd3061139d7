import { describe, expect, it } from 'vitest';
import { ParseInputError } from '../domain/errors.ts';
import { parseDocument } from '../domain/parse.ts';
import { parseInWorker } from './parse-in-worker.ts';

const text = 'X市工作方案\n一、加强培训\n（一）年底前完成轮训。（牵头单位：市委组织部）';
const options = { refDate: '2024-03-05', units: ['市委组织部'] };

async function failure(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
    return 'no error';
  } catch (e) {
    return e;
  }
}

describe('parseInWorker', () => {
  it('gives the same outline as parsing in place, for text and for bytes', async () => {
    expect(await parseInWorker({ text }, options)).toEqual(parseDocument(text, options));
    expect(await parseInWorker({ bytes: new TextEncoder().encode(text), name: 'plan.txt' }, options)).toEqual(parseDocument(text, options));
  });

  it("passes the reader's and the limits' codes through", async () => {
    const empty = await failure(parseInWorker({ bytes: new Uint8Array([0, 1, 2, 3, 0, 0, 0]), name: 'x.bin' }, options));
    expect(empty).toBeInstanceOf(ParseInputError);
    expect((empty as ParseInputError).code).toBe('parser.binary');
    const long = await failure(parseInWorker({ text: 'a'.repeat(2_000_001) }, options));
    expect((long as ParseInputError).code).toBe('parser.textTooLong');
  });

  it('stops a parse past its time limit', async () => {
    // A limit shorter than a worker's start-up: the answer can only be the time limit.
    const e = await failure(parseInWorker({ text }, options, { timeMs: 1 }));
    expect((e as ParseInputError).code).toBe('parser.timeout');
  });

  it('rejects a bad reference date as the parser does', async () => {
    expect(await failure(parseInWorker({ text }, { refDate: '2024-02-30' }))).toBeInstanceOf(RangeError);
  });
});
