import { ApiError } from '../api/errors';
import { currentLang } from '../i18n/lang';

/**
 * Downloads a file the server makes (Excel export, template, 督办单) through a real link, so the
 * browser saves it with the server's file name. A HEAD-less GET first checks it exists: a 404
 * (an endpoint not deployed yet) becomes a message instead of a page of JSON.
 */
export async function downloadFile(url: string): Promise<void> {
  const res = await fetch(url, { credentials: 'same-origin', headers: { 'Accept-Language': currentLang() } });
  if (!res.ok) {
    let body: { code?: string; message?: string } = {};
    try {
      body = (await res.json()) as typeof body;
    } catch {
      /* not JSON */
    }
    throw new ApiError(res.status, { code: body.code ?? `http.${res.status}`, message: body.message ?? '' });
  }
  const blob = await res.blob();
  const disposition = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  saveBlob(blob, star ? decodeURIComponent(star[1]) : plain ? plain[1] : url.split('?')[0].split('/').pop() || 'download');
}

/** Saves a small text the page already holds (an audit anchor) as a file. */
export function saveText(name: string, text: string): void {
  saveBlob(new Blob([text], { type: 'text/plain;charset=utf-8' }), name);
}

function saveBlob(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
