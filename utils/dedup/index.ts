export { findDuplicates, type Cluster, type DedupOptions, type DedupResult, type ReviewPair } from './find';
export {
  ClusterSchema,
  DedupReasonSchema,
  ReviewPairSchema,
  type DedupReason,
  type KeyStatus,
} from './reasons';
export { compareNames, type NameMatch, type NameMatchKind, type NameVerdict } from './name-compare';
export { nameProfile, type NameProfile } from './name-profile';
export { isRoleAddress, isFreemail } from './roles';
export { planMerge, type MergePlan, type RelatedRecords, type Repoint, type MergeChoices } from './merge';
export { explainDedup, explainDedupLine, formatPhone, type DedupLocale } from './format';
