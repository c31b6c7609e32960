/**
 * The engine's public API. The content script imports only `buildNameMatcher`
 * (from './prefilter', to stay small); everything else goes through `analyse`.
 */
export { analyse, inferDate } from './analyse';
export { buildEngineIndex, type EngineIndex } from './engine-index';
export { buildNameMatcher, type NameMatcher } from './prefilter';
export type { Analysis, ArticleContext, ArticleDate, Claim, ClaimJudgement, InspectionRef, Mention, Span, Verdict } from './types';
export { VERDICTS } from './types';
