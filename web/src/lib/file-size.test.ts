import { describe, expect, it } from 'vitest';
import { fileSize, isImage } from './file-size';

describe('evidence files in words', () => {
  it('says a size in B, KB and MB', () => {
    expect([0, 812, 1024, 35_328, 2_202_009, 150 * 1024 * 1024].map(fileSize)).toEqual(['0 B', '812 B', '1.0 KB', '34.5 KB', '2.1 MB', '150 MB']);
  });
  it('tells pictures by their name', () => {
    expect(['现场照片.PNG', 'a.jpeg', 'b.jpg', 'c.webp', '方案.pdf', '表.xlsx'].map(isImage)).toEqual([true, true, true, true, false, false]);
  });
});
