import { useEffect } from 'react';

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} - 落实 Luoshi` : '落实 Luoshi';
  }, [title]);
}
