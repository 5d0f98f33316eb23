/** Scalar attribute values a document may carry for structured filters. */
export type AttrValue = string | number | boolean;

export interface MatchOutput {
  title: string;
  body?: string;
  year?: number;
  type?: string;
}

/**
 * A matchable document: a paper, a need, a policy (title/keywords/body) or an expert or
 * organisation whose evidence is a list of outputs (projects, papers, patents).
 */
export interface MatchDocument {
  id: string;
  kind?: string;
  title?: string;
  keywords?: readonly string[] | string;
  body?: string;
  org?: string;
  outputs?: readonly MatchOutput[];
  attrs?: Readonly<Record<string, AttrValue | null | undefined>>;
}

export const FIELDS = ['title', 'keywords', 'body', 'org', 'outputs'] as const;
export type FieldName = (typeof FIELDS)[number];

export interface RangeCondition {
  gte?: number | string;
  gt?: number | string;
  lte?: number | string;
  lt?: number | string;
}

/** Equality, any-of, or range on one attribute (`kind` filters the document kind). */
export type FilterCondition = AttrValue | readonly AttrValue[] | RangeCondition;
export type Filter = Readonly<Record<string, FilterCondition>>;

export interface ScoringParams {
  /** BM25 saturation of the document-level (BM25F) score. */
  k1: number;
  fieldWeights: Readonly<Record<FieldName, number>>;
  /** Length normalisation per field. */
  b: Readonly<Record<FieldName, number>>;
  /** Weight of the character-bigram term space relative to segmented words. */
  bigramWeight: number;
  /** Weight of single CJK characters (coarsest bridging; 0 disables them at query time). */
  charWeight: number;
  /** Weight of the best single output's BM25 score (per-output evidence), added to the document score. */
  outputMaxWeight: number;
  outputK1: number;
  outputB: number;
  /** Document prior: score × (1 + outputsPrior · ln(1 + number of outputs)). */
  outputsPrior: number;
  /** Pseudo-relevance feedback (RM3-style); weight 0 disables it. */
  prfDocs: number;
  prfTerms: number;
  prfWeight: number;
  /** Also take character bigrams (not only words) as expansion terms. */
  prfBigrams: boolean;
  /** Expansion terms must occur in at most this share of documents. */
  prfMaxDf: number;
  /** Query terms occurring in more than this share of documents are ignored (1 keeps all). */
  maxQueryDf: number;
  /**
   * Accumulator limit: once this many documents have scores, commoner query terms only add to
   * them (0: unlimited). Bounds latency on large indexes.
   */
  maxCandidates: number;
  /** Corpus term associations (co-occurrence) added to the query; weight 0 disables them. */
  assocWeight: number;
  assocTerms: number;
  /** Only query words in at most this many documents are expanded. */
  assocMaxPostings: number;
  /** Caps a term's repeat count in the query (0: no cap). */
  queryTfCap: number;
}

export interface TermMatch {
  term: string;
  kind: 'word' | 'bigram' | 'char';
  /** True when the term came from pseudo-relevance feedback, not the query text. */
  expansion: boolean;
  field: FieldName;
  /** Index of the matched output (field `outputs`). */
  output?: number;
  contribution: number;
}

export interface Explanation {
  /** Contributions of matched query terms, largest first. */
  matches: TermMatch[];
  /** Document-level BM25F score, best single output and its score, and the prior factor. */
  documentScore: number;
  bestOutput?: { index: number; title?: string; score: number };
  prior: number;
}

export interface SearchResult {
  id: string;
  score: number;
  explanation?: Explanation;
}

export interface SearchOptions {
  limit?: number;
  filter?: Filter;
  explain?: boolean;
  /** Pseudo-relevance feedback; defaults to on when the parameters enable it. */
  expand?: boolean;
}
