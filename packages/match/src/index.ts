export { Analyzer, type Analyzed, type AnalyzerOptions } from './analyzer.ts';
export { SCI_TECH_TERMS, userDictText } from './dictionary.ts';
export { DEFAULT_PARAMS, explainedScore, MatchIndex, type IndexStats } from './engine.ts';
export { normalizeText } from './normalize.ts';
export { STOP_WORDS } from './stopwords.ts';
export * from './types.ts';
