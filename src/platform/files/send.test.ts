import { describe, expect, it } from 'vitest';
import { contentDisposition } from './send.ts';
import { cleanFileName } from './names.ts';

/** The parameters of a Content-Disposition value, read back the way RFC 6266 clients do. */
function parse(header: string) {
  const [type, ...rest] = header.split(/;\s*/);
  const params = Object.fromEntries(rest.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));
  const ext = /^UTF-8''(.*)$/.exec(params['filename*'] ?? '');
  return { type, fallback: /^"(.*)"$/.exec(params.filename ?? '')?.[1], name: ext ? decodeURIComponent(ext[1]) : undefined, params };
}

// Printable ASCII only: nothing can end the header or start another one.
const isSafeHeader = (h: string) => /^[\x20-\x7e]*$/.test(h);

describe('contentDisposition', () => {
  it('names a CJK file in filename* and gives an ASCII fallback', () => {
    const h = contentDisposition('督办通知单-督办〔2026〕第1号.docx');
    expect(isSafeHeader(h)).toBe(true);
    expect(parse(h)).toMatchObject({ type: 'attachment', name: '督办通知单-督办〔2026〕第1号.docx', fallback: '_____-___2026__1_.docx' });
    expect(h).toContain(`filename*=UTF-8''${encodeURIComponent('督办通知单-督办〔2026〕第1号.docx')}`);
  });

  it('keeps an ASCII name as it is and uses a given fallback', () => {
    expect(parse(contentDisposition('ledger-2026-03-10.xlsx'))).toMatchObject({ fallback: 'ledger-2026-03-10.xlsx', name: 'ledger-2026-03-10.xlsx' });
    expect(contentDisposition('通报.docx', { asciiName: 'briefing-7.docx' })).toBe(
      `attachment; filename="briefing-7.docx"; filename*=UTF-8''${encodeURIComponent('通报.docx')}`,
    );
  });

  it('says inline when asked', () => {
    expect(parse(contentDisposition('photo.png', { inline: true })).type).toBe('inline');
  });

  it('cannot be broken out of by quotes, backslashes, semicolons or percent signs', () => {
    const name = 'a"; filename="evil.exe\\%41;b.txt';
    const h = contentDisposition(name);
    const p = parse(h);
    expect(Object.keys(p.params).sort()).toEqual(['filename', 'filename*']);
    expect(p.fallback).not.toMatch(/["\\%;]/);
    expect(p.name).toBe(name);
    // RFC 5987 attr-char: the apostrophe (filename*'s own delimiter) and ( ) * are escaped too.
    expect(contentDisposition("it's (1)*.txt")).toContain("filename*=UTF-8''it%27s%20%281%29%2A.txt");
  });

  it('drops CR, LF and other control characters, so no header can be injected', () => {
    const h = contentDisposition('report\r\nSet-Cookie: sid=x\u0000\u0085.pdf');
    expect(isSafeHeader(h)).toBe(true);
    expect(h).not.toMatch(/[\r\n]/);
    expect(parse(h).name).toBe('reportSet-Cookie: sid=x.pdf');
    expect(parse(contentDisposition('a', { asciiName: 'x\r\ny.docx' })).fallback).toBe('xy.docx');
  });

  it('cuts a long name to 200 characters, keeping whole characters and the extension', () => {
    const h = contentDisposition(`${'整改'.repeat(300)}.docx`);
    const { name, fallback } = parse(h);
    expect([...name!].length).toBe(200);
    expect(name!.startsWith('整改整改')).toBe(true);
    expect(name!.endsWith('.docx')).toBe(true);
    expect(fallback).toHaveLength(200);
    // Characters beyond the basic plane are never split into halves.
    const emoji = cleanFileName(`${'😀'.repeat(250)}.txt`);
    expect([...emoji]).toHaveLength(200);
    expect(emoji.endsWith('😀.txt')).toBe(true);
  });

  it('encodes a lone surrogate instead of throwing, and names an empty name "download"', () => {
    expect(parse(contentDisposition('bad\uD800name.txt')).name).toBe('bad\uFFFDname.txt');
    expect(parse(contentDisposition('\r\n'))).toMatchObject({ fallback: 'download', name: 'download' });
  });
});
