/** What a notification opens. New modules add their type here (one word): the web maps each type to a page. */
export type LinkType = 'task' | 'source' | 'problem' | 'partyOrg' | 'member' | 'material';
export const LINK_TYPES: readonly LinkType[] = ['task', 'source', 'problem', 'partyOrg', 'member', 'material'];

export interface LinkTarget {
  type: LinkType;
  id: number;
}

/** One notification to send: any module builds this and calls notify(). */
export interface Notice {
  kind: string;
  recipients: number[];
  title: string;
  body?: string;
  link?: LinkTarget | null;
}
