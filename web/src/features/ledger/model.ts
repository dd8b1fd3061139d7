/** The ledger's vocabularies, free of I/O so pure helpers and their tests can import them. */
export const taskStatuses = [
  'draft',
  'dispatched',
  'acknowledged',
  'inProgress',
  'signOffRequested',
  'signedOff',
  'reopened',
  'cancelled',
  'returned',
  'extensionRequested',
] as const;
export type TaskStatus = (typeof taskStatuses)[number];
export const lights = ['red', 'yellow', 'green'] as const;
export type Light = (typeof lights)[number];
export const categories = ['responsibility', 'task', 'problem'] as const;
export type Category = (typeof categories)[number];
export const sourceKinds = ['speech', 'instruction', 'document', 'workPlan', 'inspection'] as const;
export type SourceKind = (typeof sourceKinds)[number];
export type Involvement = 'lead' | 'supporting' | 'any';
export const sortKeys = ['deadline', '-deadline', 'updatedAt', '-updatedAt', 'number', 'id'] as const;
export type SortKey = (typeof sortKeys)[number];
