/** The problem list's vocabularies: types from the server's schemas, lists checked complete against them. */
import { allOf, type JsonResponse } from '../../api/types';

type Detail = JsonResponse<'/api/problems/{id}'>;

export type ProblemStatus = Detail['status'];
export const problemStatuses = allOf<ProblemStatus>()(['open', 'rectifying', 'awaitingAcceptance', 'rectified']);
export type Severity = Detail['severity'];
export const severities = allOf<Severity>()(['general', 'serious', 'critical']);
export type ProblemSourceKind = Detail['sourceKind'];
export const problemSourceKinds = allOf<ProblemSourceKind>()(['inspection', 'specialInspection', 'lookBack', 'task']);
/** Kinds a person records by hand; 'task' needs a task reference and comes from the task's own page. */
export const recordableSourceKinds = ['inspection', 'specialInspection', 'lookBack'] as const satisfies readonly ProblemSourceKind[];
