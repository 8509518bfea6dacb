/**
 * Data hygiene on the local store: imports with undo, exports and backups, duplicate review and
 * merges with undo. Pure parsing and matching live in utils/io and utils/dedup; this is the glue
 * that writes through the write path, so every change syncs.
 */
export * from './journal';
export { undoOp, type UndoResult } from './undo';
export { matchRows, keysOfRow, type RowMatch, type RowTarget } from './import-match';
export {
  runImport,
  type ImportProgress,
  type ImportSource,
  type ImportSummary,
  type RunImportOptions,
} from './import-run';
export { buildExport, livePeople, allTables, type ExportFile, type ExportKind } from './export';
export { planRestore, runRestore, type RestoreMode, type RestorePlan, type RestoreSummary } from './restore';
export { errorsCsv } from './errors-csv';
export { yieldToPage } from './yield';
export {
  CHOICE_FIELDS,
  defaultChoices,
  mergedPerson,
  type ChoiceField,
  type MergeChoices,
  type Side,
} from './merge-plan';
export {
  autoMerge,
  markNotDuplicate,
  mergeInto,
  mergePeople,
  MergeError,
  survivorOf,
  type AutoMergeResult,
  type MergeResult,
} from './merge';
export { findCandidates, judgedDifferent, type Candidates } from './candidates';
