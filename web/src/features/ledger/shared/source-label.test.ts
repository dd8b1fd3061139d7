import { describe, expect, it } from 'vitest';
import { sourceLabel } from './source-label';

describe('sourceLabel: a title with its date, so identical titles are told apart', () => {
  it('takes the document’s own date when it has one', () => {
    expect(sourceLabel({ title: '工作要点', date: '2025-02-10', createdAt: '2026-03-01T02:00:00Z' }, 'zh-CN', 'Asia/Shanghai')).toBe('工作要点（2025-02-10）');
    expect(sourceLabel({ title: 'Work points', date: '2025-02-10', createdAt: '2026-03-01T02:00:00Z' }, 'en-US', 'Asia/Shanghai')).toBe(
      'Work points (2025-02-10)',
    );
  });

  it('else the day it was entered, in the server’s zone (not UTC’s)', () => {
    expect(sourceLabel({ title: '工作要点', date: null, createdAt: '2026-02-28T17:30:00Z' }, 'zh-CN', 'Asia/Shanghai')).toBe('工作要点（2026-03-01）');
    expect(sourceLabel({ title: '工作要点', date: null, createdAt: '2026-02-28T17:30:00Z' }, 'zh-CN', 'UTC')).toBe('工作要点（2026-02-28）');
  });
});
