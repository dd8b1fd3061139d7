/** The ledger's vocabularies: types from the server's schemas, lists checked complete against them. */
import { allOf, type JsonResponse, type QueryOf } from '../../api/types';

type Row = JsonResponse<'/api/tasks'>['items'][number];
type ListQuery = QueryOf<'/api/tasks'>;

export type TaskStatus = Row['status'];
export const taskStatuses = allOf<TaskStatus>()([
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
]);
export type Light = NonNullable<Row['light']>;
export const lights = allOf<Light>()(['red', 'yellow', 'green']);
export type Category = Row['category'];
export const categories = allOf<Category>()(['responsibility', 'task', 'problem']);
export type SourceKind = NonNullable<Row['source']>['kind'];
export const sourceKinds = allOf<SourceKind>()(['speech', 'instruction', 'document', 'workPlan', 'inspection']);
export type Involvement = NonNullable<ListQuery['involvement']>;
export type SortKey = NonNullable<ListQuery['sort']>;
export const sortKeys = allOf<SortKey>()(['deadline', '-deadline', 'updatedAt', '-updatedAt', 'number', 'id']);
