export {
  computeStrength,
  bandOf,
  decay,
  pointsToScore,
  KIND_WEIGHTS,
  MET_WEIGHT,
  TWO_WAY_BONUS,
  SATURATION_POINTS,
  BAND_THRESHOLDS,
  OVERRIDE_SCORES,
  DEFAULT_HALF_LIFE_DAYS,
  type Clock,
  type StrengthBand,
  type StrengthOptions,
  type StrengthReason,
  type StrengthResult,
} from './strength';
export { explainStrength, explainStrengthLine, type ExplainOptions } from './format-strength';
export {
  rankIntroducers,
  warmMap,
  pathScore,
  comparePaths,
  SECOND_DEGREE_FACTOR,
  type IntroPath,
  type PathOptions,
  type PathReason,
  type TeamData,
  type WarmEntry,
} from './best-path';
export { explainPath, formatDuration } from './format-path';
export {
  introOutcome,
  responsivenessByIntroducer,
  IGNORED_AFTER_DAYS,
  QUICK_ANSWER_DAYS,
  type IntroOutcome,
  type Responsiveness,
} from './responsiveness';
export {
  contactPointsByWeek,
  newPeopleByWeek,
  interactionsByKind,
  introFunnel,
  strongestCompanies,
  type ChartRange,
  type CompanyStrength,
  type IntroFunnel,
  type WeeklySeries,
} from './analytics';
export { isoWeekOf, weeksBetween, type IsoWeek } from './weeks';
export { isoDay, formatRelative, formatWhen, type UiLocale } from './dates';
