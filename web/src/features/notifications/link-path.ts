import type { Notification } from './api';

type Link = NonNullable<Notification['link']>;

/**
 * The page a notification opens, for every kind of row a module links (the server's LINK_TYPES): the
 * bell opened only tasks, so a 批示 on a source or a problem's notice led nowhere. A type with no page
 * yet answers null (the bell then only marks it read); a type the server adds fails tsc here.
 */
export function linkPath(link: Link | null): string | null {
  if (!link) return null;
  switch (link.type) {
    case 'task':
      return `/ledger/tasks/${link.id}`;
    case 'source':
      return `/ledger/sources/${link.id}`;
    case 'problem':
      return `/problems/${link.id}`;
    case 'partyOrg':
      return `/party-orgs/${link.id}`;
    case 'member':
    case 'material':
      return null;
    default: {
      const unknown: never = link.type;
      return unknown;
    }
  }
}
