/**
 * The query-cache keys of every resource the web reads, in one place so a mutation or a live event
 * invalidates by resource (`keys.tasks.all`) and a page never spells a key by hand. Each resource's
 * keys start with its `all` key, so invalidating `all` reaches its lists, details and counts.
 */
export const keys = {
  units: {
    all: ['units'] as const,
    tree: () => ['units', 'tree'] as const,
    detail: (id: number) => ['units', 'detail', id] as const,
    list: (query: object) => ['units', 'list', query] as const,
    issuer: () => ['units', 'issuer'] as const,
  },
  tasks: {
    all: ['tasks'] as const,
    list: (search: string) => ['tasks', 'list', search] as const,
    summary: (filter: object) => ['tasks', 'summary', filter] as const,
    /** The task page: its reports and timeline keys extend it, so invalidating it refreshes all three. */
    detail: (id: number) => ['tasks', 'detail', id] as const,
    reports: (id: number) => ['tasks', 'detail', id, 'reports'] as const,
    timeline: (id: number) => ['tasks', 'detail', id, 'timeline'] as const,
    instructions: (id: number) => ['tasks', 'detail', id, 'instructions'] as const,
  },
  myWork: { all: ['myWork'] as const },
  /** The home page's to-do (待办) lines: any module's change may move them. */
  toDo: { all: ['toDo'] as const },
  sources: {
    all: ['sources'] as const,
    list: (page: number, pageSize: number) => ['sources', 'list', page, pageSize] as const,
    detail: (id: number) => ['sources', 'detail', id] as const,
    duplicates: (title: string, text: string) => ['sources', 'duplicates', title, text] as const,
    instructions: (id: number) => ['sources', 'detail', id, 'instructions'] as const,
  },
  problems: {
    all: ['problems'] as const,
    list: (search: string) => ['problems', 'list', search] as const,
    counts: (filter: string) => ['problems', 'counts', filter] as const,
    detail: (id: number) => ['problems', 'detail', id] as const,
    categories: () => ['problems', 'categories'] as const,
  },
  /** The party organizations' pages: registry, tree, renewals, weak-and-lax, coverage and the rest, all under one key. */
  partyOrgs: {
    all: ['partyOrgs'] as const,
    list: (search: string) => ['partyOrgs', 'list', search] as const,
    tree: (unitId: number | null) => ['partyOrgs', 'tree', unitId] as const,
    detail: (id: number) => ['partyOrgs', 'detail', id] as const,
    renewals: (search: string) => ['partyOrgs', 'renewals', search] as const,
    coverage: (unitId: number | null) => ['partyOrgs', 'coverage', unitId] as const,
    weakLax: (search: string) => ['partyOrgs', 'weakLax', search] as const,
    weakLaxFigures: (search: string) => ['partyOrgs', 'weakLaxFigures', search] as const,
    section: (name: string, query: object) => ['partyOrgs', name, query] as const,
  },
  lookBacks: {
    all: ['lookBacks'] as const,
    list: (page: number, pageSize: number) => ['lookBacks', 'list', page, pageSize] as const,
    detail: (id: number) => ['lookBacks', 'detail', id] as const,
  },
  dashboard: {
    all: ['dashboard'] as const,
    overview: (query: object) => ['dashboard', 'overview', query] as const,
    rankings: (query: object) => ['dashboard', 'rankings', query] as const,
    battleMap: (query: object) => ['dashboard', 'battleMap', query] as const,
    weights: () => ['dashboard', 'weights'] as const,
    instructions: (unitId: number | null) => ['dashboard', 'instructions', unitId] as const,
  },
  briefings: {
    all: ['briefings'] as const,
    list: (status: string | undefined) => ['briefings', 'list', status ?? ''] as const,
  },
  notifications: {
    all: ['notifications'] as const,
    unreadCount: () => ['notifications', 'unreadCount'] as const,
    latest: (pageSize: number) => ['notifications', 'latest', pageSize] as const,
    list: (unread: boolean, pageSize: number) => ['notifications', 'list', unread, pageSize] as const,
  },
  users: {
    all: ['users'] as const,
    list: (query: object) => ['users', 'list', query] as const,
  },
  roles: { all: ['roles'] as const },
  audit: {
    all: ['audit'] as const,
    list: (query: object) => ['audit', 'list', query] as const,
  },
  tokens: { all: ['tokens'] as const },
  calendar: {
    all: ['calendar'] as const,
    year: (year: number) => ['calendar', 'year', year] as const,
  },
  security: { policy: () => ['security', 'policy'] as const },
};

export type QueryKey = readonly unknown[];

/**
 * What a live event about an entity may have changed. A task or report event moves the ledger,
 * my work, the dashboard, the bell (the server writes the notification before the event), the
 * problems and party organizations whose measures are tasks and the look-backs that check tasks; a unit event renames or
 * moves units everywhere they are shown.
 */
export function affectedBy(entity: string | null): QueryKey[] {
  switch (entity) {
    case 'task':
    case 'report':
      return [
        keys.tasks.all,
        keys.myWork.all,
        keys.toDo.all,
        keys.dashboard.all,
        keys.notifications.all,
        keys.problems.all,
        keys.lookBacks.all,
        keys.partyOrgs.all,
      ];
    case 'problem':
      return [keys.problems.all, keys.dashboard.all, keys.notifications.all, keys.tasks.all, keys.myWork.all, keys.toDo.all];
    case 'partyOrg':
      return [keys.partyOrgs.all, keys.dashboard.all, keys.notifications.all, keys.tasks.all, keys.myWork.all, keys.toDo.all];
    case 'source':
      return [keys.sources.all, keys.notifications.all];
    case 'unit':
      return [keys.units.all, keys.dashboard.all, keys.tasks.all, keys.users.all];
    default:
      // Unknown or unreadable, or back after a gap: anything may have changed.
      return [[]];
  }
}
