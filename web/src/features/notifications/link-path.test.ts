import { describe, expect, it } from 'vitest';
import { linkPath } from './link-path';

describe('linkPath: the page each kind of notification opens', () => {
  it('opens the linked task, source, problem or party organization', () => {
    expect(linkPath({ type: 'task', id: 7 })).toBe('/ledger/tasks/7');
    expect(linkPath({ type: 'source', id: 3 })).toBe('/ledger/sources/3');
    expect(linkPath({ type: 'problem', id: 12 })).toBe('/problems/12');
    expect(linkPath({ type: 'partyOrg', id: 5 })).toBe('/party-orgs/5');
  });

  it('opens nothing for a type with no page yet, or no link', () => {
    expect(linkPath({ type: 'member', id: 1 })).toBeNull();
    expect(linkPath(null)).toBeNull();
  });
});
