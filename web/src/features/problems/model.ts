/** The problem list's vocabularies, as the server names them (src/modules/problems/domain). */
export const problemStatuses = ['open', 'rectifying', 'awaitingAcceptance', 'rectified'] as const;
export type ProblemStatus = (typeof problemStatuses)[number];
export const severities = ['general', 'serious', 'critical'] as const;
export type Severity = (typeof severities)[number];
export const problemSourceKinds = ['inspection', 'specialInspection', 'lookBack', 'task'] as const;
export type ProblemSourceKind = (typeof problemSourceKinds)[number];
/** Kinds a person records by hand; 'task' needs a task reference and comes from the task's own page. */
export const recordableSourceKinds = ['inspection', 'specialInspection', 'lookBack'] as const;
export type ProblemAction = 'edit' | 'addMeasure' | 'dispatch' | 'accept' | 'refuseAcceptance';
