import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { SCI_TECH_TERMS, userDictText } from './dictionary.ts';
import { normalizeText } from './normalize.ts';
import { STOP_WORDS } from './stopwords.ts';

/** Terms of one text: segmented words and overlapping CJK character bigrams, with repeats. */
export interface Analyzed {
  words: string[];
  bigrams: string[];
  /** Single CJK characters that are not stop words. */
  chars: string[];
}

export interface AnalyzerOptions {
  /** Extra user-dictionary terms, added to the built-in science-and-technology terms. */
  userTerms?: readonly string[];
  stopWords?: ReadonlySet<string>;
  /** Also emit single CJK characters (a third, coarsest term space; off by default: it triples postings). */
  chars?: boolean;
}

const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
const HAS_CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const WORDLIKE = /[\p{L}\p{N}]/u;
const ASCII_TOKEN = /^[a-z0-9][a-z0-9._+#-]*$/;

let sharedJieba: Jieba | undefined;

function baseJieba(): Jieba {
  if (!sharedJieba) {
    sharedJieba = Jieba.withDict(dict);
    sharedJieba.loadDict(Buffer.from(userDictText(SCI_TECH_TERMS)));
  }
  return sharedJieba;
}

/**
 * Text → terms. Normalises (NFKC, lower case, simplified), segments with jieba in search mode
 * (a long word and its dictionary sub-words), drops stop words and punctuation, keeps mixed
 * Latin/digit terms whole (`plc`, `5g`, `covid-19`, plus `covid` and `19`), and adds the
 * overlapping bigrams of every CJK run as a second term space that bridges segmentation
 * differences between a query and a document.
 */
export class Analyzer {
  private readonly jieba: Jieba;
  private readonly stop: ReadonlySet<string>;
  private readonly chars: boolean;

  constructor(options: AnalyzerOptions = {}) {
    if (options.userTerms && options.userTerms.length > 0) {
      this.jieba = Jieba.withDict(dict);
      this.jieba.loadDict(Buffer.from(userDictText([...SCI_TECH_TERMS, ...options.userTerms])));
    } else {
      this.jieba = baseJieba();
    }
    this.stop = options.stopWords ?? STOP_WORDS;
    this.chars = options.chars ?? false;
  }

  normalize(text: string): string {
    return normalizeText(text);
  }

  /** Analyses raw text (normalising it first). */
  analyze(text: string): Analyzed {
    return this.analyzeNormalized(normalizeText(text));
  }

  analyzeNormalized(text: string): Analyzed {
    const words: string[] = [];
    const bigrams: string[] = [];
    const chars: string[] = [];
    if (text.length === 0) return { words, bigrams, chars };
    for (const raw of this.jieba.cutForSearch(text, true)) {
      const tok = raw.trim();
      if (tok.length === 0 || !WORDLIKE.test(tok) || this.stop.has(tok)) continue;
      if (HAS_CJK.test(tok)) {
        words.push(tok);
      } else if (ASCII_TOKEN.test(tok)) {
        words.push(tok);
        if (/[._+#-]/.test(tok)) {
          for (const part of tok.split(/[._+#-]+/)) {
            if (part.length > 0 && part !== tok && !this.stop.has(part)) words.push(part);
          }
        }
      } else {
        // Other scripts (Greek letters, Latin with diacritics …): keep the letters and digits.
        const cleaned = tok.replace(/[^\p{L}\p{N}]+/gu, '');
        if (cleaned.length > 0 && !this.stop.has(cleaned)) words.push(cleaned);
      }
    }
    for (const m of text.matchAll(CJK_RUN)) {
      const run = m[0];
      for (let i = 0; i + 1 < run.length; i++) bigrams.push(run.slice(i, i + 2));
      if (this.chars) for (const ch of run) if (!this.stop.has(ch)) chars.push(ch);
    }
    return { words, bigrams, chars };
  }
}
