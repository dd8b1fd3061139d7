import { useSyncExternalStore } from 'react';

/** Below antd's `md` breakpoint (768 px) the app lays itself out for a phone. */
const PHONE_QUERY = '(max-width: 767.98px)';

function subscribe(onChange: () => void): () => void {
  const mq = window.matchMedia(PHONE_QUERY);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

/**
 * True at a phone width. Read synchronously on the first render (not after an effect, as antd's
 * Grid.useBreakpoint does), so a page opened from a WeCom link never flashes the desktop menu.
 */
export function useIsPhone(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(PHONE_QUERY).matches);
}
