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
  /** Weight of single CJK characters in queries shorter than longQueryWords (0: not used). */
  shortCharWeight: number;
  charWeight: number;
  /**
   * Queries with at least this many words are descriptions, not titles: only they use the
   * character space and corpus term associations, which bridge wording between long texts but
   * add noise to short ones (measured on the dev parts: see the README).
   */
  longQueryWords: number;
  /** Weight of the best single output's BM25 score (per-output evidence), added to the document score. */
  outputMaxWeight: number;
  /**
   * Evidence from further outputs: the i-th best output (i ≥ 1) adds outputMaxWeight ·
   * outputDecay^i times its score (0: only the best output counts).
   */
  outputDecay: number;
  outputK1: number;
  outputB: number;
  /**
   * Organisation context: a document's score also takes orgContextWeight × the BM25 score of its
   * organisation's profile (the outputs, titles and bodies of all its documents, length-normalised
   * with orgContextB) — smoothing a one-project expert with the topics of their institution.
   * 0 disables it.
   */
  orgContextWeight: number;
  orgContextB: number;
  /**
   * Additive prior on the number of outputs, outputsLogPrior · ln(1 + outputs), added to the
   * score of a matching document (a log prior odds in BM25's log-odds units); 0 disables it.
   */
  outputsLogPrior: number;
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
  /** Term weight idf^idfPower: above 1 stresses rare (distinctive) terms over common ones. */
  idfPower: number;
  /** Query terms occurring in more than this share of documents are ignored (1 keeps all). */
  maxQueryDf: number;
  /**
   * Accumulator limit: once this many documents have scores, commoner query terms only add to
   * them (0: unlimited). Bounds latency on large indexes.
   */
  maxCandidates: number;
  /**
   * Corpus term associations (co-occurrence) added to description-length queries (see
   * `longQueryWords`); weight 0 disables them.
   */
  assocWeight: number;
  assocTerms: number;
  /** Only query words in at most this many documents are expanded. */
  assocMaxPostings: number;
  /**
   * For documents with several outputs, associate a query word with the words of the OTHER
   * outputs of the documents where it occurs (how the same expert words related work), instead
   * of the words of the same document; single-output documents then contribute nothing.
   */
  assocCrossOutputs: boolean;
  /**
   * Cluster re-ranking (score regularisation): each of the top `rerankDocs` results is scaled by
   * 1 − rerankWeight + rerankWeight · (its score-weighted cosine similarity to the other top
   * results, relative to the highest); 0 disables it. Applied only when no top result has
   * outputs (document search, not expert search).
   */
  rerankDocs: number;
  rerankWeight: number;
  /**
   * Phrase evidence: among the top `phraseDocs` results, the output sharing the most
   * idf-weighted character trigrams with the query adds phraseWeight × that weight; 0 disables it.
   */
  phraseDocs: number;
  phraseWeight: number;
  /** Caps a term's repeat count in the query (0: no cap). */
  queryTfCap: number;
  /**
   * Score fusion with a second, independent model: query likelihood with Dirichlet smoothing
   * (Zhai & Lafferty 2001) over words, character bigrams and single characters, added to the
   * BM25F score as lmWeight × log P(query | document) (relative to an average-length document)
   * plus lmPrior · ln(1 + outputs). 0 disables it.
   */
  lmWeight: number;
  /** Dirichlet μ per term kind: [words, bigrams, characters]. */
  lmMu: readonly [number, number, number];
  /** Query weight per term kind in the likelihood model: [words, bigrams, characters]. */
  lmKindWeights: readonly [number, number, number];
  /** Weight of the organisation field's terms in the likelihood model (other fields count 1). */
  lmOrgWeight: number;
  /** Prior on the number of outputs in the likelihood model (log-probability units). */
  lmPrior: number;
  /**
   * Prior on the research activity of the document's organisation, lmOrgPrior · ln(1 + its
   * documents in the index), in the likelihood model: an expert at an institution with many
   * indexed experts is a likelier match than an equally fitting one at an institution with few.
   */
  lmOrgPrior: number;
}

export interface TermMatch {
  term: string;
  kind: 'word' | 'bigram' | 'char';
  /** True when the term came from pseudo-relevance feedback, not the query text. */
  expansion: boolean;
  field: FieldName;
  /** True for organisation-context evidence (the term in the outputs of the document's organisation). */
  context?: boolean;
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
  /** Phrase evidence (shared character trigrams with the best-sharing output), added to the score. */
  phrase?: { output: number; title?: string; score: number };
  /** Additive prior (outputsLogPrior) of this document, already scaled by `rerank`: matches + priorBonus = score. */
  priorBonus?: number;
  /** Cluster re-ranking factor (1 when re-ranking is off); contributions include it. */
  rerank?: number;
  /**
   * The query-likelihood model's part of the score (lmWeight × log-likelihood ratio and prior,
   * scaled by `rerank`): matches + priorBonus + phrase + likelihood = score.
   */
  likelihood?: number;
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
