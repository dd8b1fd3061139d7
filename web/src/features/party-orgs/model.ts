/** The registry's vocabularies: types from the server's schemas, lists checked complete against them. */
import { allOf, type JsonResponse } from '../../api/types';

type Detail = JsonResponse<'/api/party-orgs/{id}'>;

export type OrgKind = Detail['kind'];
export const orgKinds = allOf<OrgKind>()(['committee', 'generalBranch', 'branch', 'leadingGroup', 'workingCommittee']);
export type OrgCategory = Detail['category'];
export const orgCategories = allOf<OrgCategory>()(['rural', 'community', 'organ', 'soe', 'university', 'hospital', 'nonPublic', 'socialOrg', 'other']);
export type SecretaryBackground = NonNullable<Detail['secretaryBackground']>;
export const secretaryBackgrounds = allOf<SecretaryBackground>()(['richFarmer', 'returnee', 'veteran', 'graduate', 'other']);
export type TermStatus = Detail['termStatus'];
export const termStatuses = allOf<TermStatus>()(['overdue', 'dueSoon', 'ok', 'unknown']);
