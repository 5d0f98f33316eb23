import { describe, expect, it } from 'vitest';
import { foldWidthAndCase, highlight, initialsOf, itemSearchColumns, lexemesOf, mergeRanges, normalizeText, parseQuery, resourceSearchColumns, SYNONYM_GROUPS, tokensForIndex, toTsQuery, userDictTerms } from './catalogue-search.ts';

describe('normalisation', () => {
  it('folds full-width letters, digits and spaces and lower-cases ASCII, keeping offsets', () => {
    expect(foldWidthAndCase('ＩＳＯ９００１　认证A类')).toBe('iso9001 认证a类');
    expect(foldWidthAndCase('高新（技术）').length).toBe('高新（技术）'.length);
  });

  it('converts traditional (Taiwan and Hong Kong) to simplified and collapses spaces', () => {
    expect(normalizeText('  高新技術企業   專精特新 ')).toBe('高新技术企业 专精特新');
    expect(normalizeText('研發費用加計扣除')).toBe('研发费用加计扣除');
  });

  it('splits tokens into Han and letter-digit runs, dropping tsquery operators and punctuation', () => {
    expect(lexemesOf('5g基站')).toEqual(['5g', '基站']);
    expect(lexemesOf("a&b|c!(d):*'e")).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(lexemesOf('“小巨人”')).toEqual(['小巨人']);
  });
});

describe('indexing', () => {
  it('keeps dictionary terms whole, and adds those inside longer words', () => {
    const tokens = tokensForIndex('高新技术企业认定申报辅导');
    expect(tokens).toContain('高新技术企业');
    expect(tokens).toContain('高新技术企业认定');
    expect(tokenizeSet('企业研发费用加计扣除政策辅导')).toContain('研发费用加计扣除');
    expect(tokenizeSet('知识产权质押融资')).toContain('知识产权质押融资');
  });

  it('weights fields by column: name, then conditions and materials, then description and legal basis', () => {
    const cols = itemSearchColumns({ name: '揭榜挂帅项目', conditions: ['高新技术企业'], materials: [{ name: '产学研合作协议' }], description: '技术难题', legalBasis: '《科学技术进步法》' });
    expect(cols.searchNameTokens.split(' ')).toContain('揭榜挂帅');
    expect(cols.searchMainTokens.split(' ')).toEqual(expect.arrayContaining(['高新技术企业', '产学研合作']));
    expect(cols.searchRestTokens.split(' ')).toContain('技术');
    expect(cols.nameInitials).toBe('jbgsxm');
    const r = resourceSearchColumns({ name: '三坐标测量仪', tags: ['精密测量'], ownerOrg: '示范县检测中心', description: '', address: '' });
    expect(r.searchMainTokens.split(' ')).toContain('精密测量');
    expect(r.searchRestTokens).toBe('');
  });

  it('computes pinyin initials per character, mapping letters back to characters', () => {
    expect(initialsOf('高新技术企业').letters).toBe('gxjsqy');
    const mixed = initialsOf('ISO（认证）A类');
    expect(mixed.letters).toBe('isorzal');
    expect(mixed.charIndex).toEqual([0, 1, 2, 4, 5, 7, 8]);
  });

  it('has a dictionary with the policy terms and every synonym group member that is one word', () => {
    for (const term of ['高新技术企业', '科技型中小企业', '研发费用加计扣除', '专精特新', '知识产权质押融资', '产学研合作', '揭榜挂帅', '技术合同登记', '高企', '科小']) expect(userDictTerms).toContain(term);
    expect(SYNONYM_GROUPS.every((g) => g.length >= 2)).toBe(true);
  });
});

function tokenizeSet(s: string) {
  return new Set(tokensForIndex(s));
}

describe('queries', () => {
  it('expands 高企 to 高新技术企业 and back', () => {
    const q = parseQuery('高企');
    expect(q.groups).toHaveLength(1);
    expect(q.groups[0]!.forms).toEqual(expect.arrayContaining(['高企', '高新技术企业']));
    expect(q.expandedTerms).toContain('高新技术企业');
    expect(parseQuery('高新技术企业').groups[0]!.forms).toContain('高企');
    expect(q.phrases).toEqual(expect.arrayContaining(['高企', '高新技术企业']));
  });

  it('understands traditional and full-width queries as their simplified forms', () => {
    expect(parseQuery('高新技術企業').groups[0]!.term).toBe('高新技术企业');
    expect(parseQuery('ＧＸＪＳ').initials).toBe('gxjs');
    expect(parseQuery('gx js').initials).toBe('gxjs');
    expect(parseQuery('高企').initials).toBeNull();
  });

  it('builds an AND of OR groups, or an OR fallback, from letters and digits only', () => {
    const q = parseQuery('科小 入库');
    const and = toTsQuery(q, 'and')!;
    expect(and).toMatch(/^\(.*科技型中小企业.*\) & \(入库\)$/);
    expect(toTsQuery(q, 'or')).toMatch(/\) \| \(入库\)$/);
    expect(toTsQuery(parseQuery("x'); drop table--"), 'and')).toBe('(x) & (drop) & (table)');
    expect(toTsQuery(parseQuery('的 和'), 'and')).toBeNull();
  });

  it('offers the finer words of a long term as an alternative (text segmented differently)', () => {
    const alts = parseQuery('知识产权质押融资').groups[0]!.alternatives;
    expect(alts[0]).toEqual(['知识产权质押融资']);
    expect(alts).toContainEqual(['知识', '产权', '质押', '融资']);
  });
});

describe('highlights', () => {
  it('merges overlapping ranges', () => {
    expect(mergeRanges([[5, 8], [0, 2], [1, 3], [8, 9]])).toEqual([[0, 3], [5, 9]]);
  });

  it('marks the synonym a query matched, as ranges on the stored text', () => {
    const { highlights, matchedTerms } = highlight(parseQuery('高企'), '高新技术企业认定奖励兑现', [{ field: 'conditions', texts: ['企业当年首次认定为高新技术企业', '企业在县内纳税'] }]);
    expect(matchedTerms).toEqual(['高新技术企业']);
    expect(highlights).toEqual([
      { field: 'name', text: '高新技术企业认定奖励兑现', ranges: [[0, 6]] },
      { field: 'conditions', text: '企业当年首次认定为高新技术企业', ranges: [[9, 15]] },
    ]);
  });

  it('marks the characters whose initials matched', () => {
    const { highlights, matchedTerms } = highlight(parseQuery('gxjs'), '国家高新技术企业认定', []);
    expect(matchedTerms).toEqual(['gxjs']);
    expect(highlights[0]).toEqual({ field: 'name', text: '国家高新技术企业认定', ranges: [[2, 6]] });
  });

  it('cuts a window around the first match of a long text, moving the ranges', () => {
    const long = `${'前文'.repeat(60)}揭榜挂帅${'后文'.repeat(60)}`;
    const { highlights } = highlight(parseQuery('揭榜挂帅'), '项目', [{ field: 'description', texts: [long] }]);
    const h = highlights[0]!;
    expect(h.text.startsWith('…')).toBe(true);
    expect(h.text.slice(h.ranges[0]![0], h.ranges[0]![1])).toBe('揭榜挂帅');
  });

  it('highlights full-width text by the folded query (offsets unchanged)', () => {
    const { highlights } = highlight(parseQuery('iso9001'), 'ＩＳＯ９００１认证辅导', []);
    expect(highlights[0]!.ranges).toEqual([[0, 7]]);
  });
});
