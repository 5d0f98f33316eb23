/**
 * Stop words: Chinese function words and the commonest English ones. Kept deliberately short;
 * frequent content words (研究, 分析, 系统) are left to IDF rather than removed.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // Chinese function words, pronouns, conjunctions, particles
  '的', '了', '和', '与', '及', '以及', '或', '或者', '并', '并且', '而', '而且', '且', '在', '对', '对于',
  '于', '中', '之', '其', '是', '为', '为了', '以', '由', '被', '把', '从', '向', '将', '也', '都', '就',
  '这', '那', '该', '此', '本', '各', '每', '等', '等等', '之间', '一个', '一种', '一些', '这些', '那些',
  '我们', '我国', '他们', '它们', '你们', '自己', '其中', '如何', '什么', '哪些', '通过', '进行', '关于',
  '基于', '以及', '及其', '还', '又', '但', '但是', '因此', '所以', '因为', '由于', '如果', '虽然', '然而',
  '同时', '并对', '对其', '上', '下', '得', '地', '着', '过', '个', '可', '能', '可以', '能够', '已', '已经',
  '更', '很', '最', '较', '所', '则', '即', '有', '无', '不', '没有', '之一', '以上', '以下', '方面',
  '吗', '呢', '吧', '啊', '之后', '之前', '当前', '目前',
  // English
  'a', 'an', 'the', 'of', 'and', 'or', 'for', 'in', 'on', 'to', 'with', 'by', 'at', 'from', 'as', 'is',
  'are', 'be', 'this', 'that', 'its', 'it', 'via', 'into',
]);
