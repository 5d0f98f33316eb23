import { ResourceKind, ServiceItemCategory } from '@yunju/contracts';
import { catalogueStatusFilters, resourceAvailabilities, resourceKinds, serviceChannels, serviceItemCategories } from '@yunju/contracts/catalogue-codes';
import { ResourceAvailability, ServiceChannel } from '@yunju/contracts';
import { describe, expect, it } from 'vitest';
import { hallParamsFromSearch, hallRequest, hallSearch, rowFromHit } from './hall-params.ts';

const dept = '0b7c6f1e-1111-4222-8333-444455556666';

describe('catalogue codes', () => {
  it('equal the enums of the contract', () => {
    expect([...serviceItemCategories]).toEqual(ServiceItemCategory.options);
    expect([...resourceKinds]).toEqual(ResourceKind.options);
    expect([...serviceChannels]).toEqual(ServiceChannel.options);
    expect([...resourceAvailabilities]).toEqual(ResourceAvailability.options);
    expect([...catalogueStatusFilters]).toEqual(['in_force', 'withdrawn', 'all']);
  });
});

describe('hall params', () => {
  it('reads the URL and drops what does not belong to the tab', () => {
    const p = hallParamsFromSearch(new URLSearchParams(`q=%20gxjs%20&category=ip&kind=lab&department=${dept}&page=2`));
    expect(p).toMatchObject({ q: 'gxjs', tab: 'items', category: 'ip', kind: undefined, department: dept, page: 2, pageSize: 10 });
    const r = hallParamsFromSearch(new URLSearchParams('tab=resources&category=ip&kind=lab&town=bad%20id'));
    expect(r).toMatchObject({ tab: 'resources', category: undefined, kind: 'lab', town: undefined });
  });

  it('writes the URL back without defaults', () => {
    expect(hallSearch({ tab: 'items', q: '高企', page: 1, pageSize: 10 })).toEqual({ q: '高企' });
    expect(hallSearch({ tab: 'resources', kind: 'lab', page: 3 })).toEqual({ tab: 'resources', kind: 'lab', page: '3' });
  });

  it('searches with a query, lists with filters, shows the tiles otherwise', () => {
    const base = hallParamsFromSearch(new URLSearchParams(''));
    expect(hallRequest(base)).toEqual({ mode: 'landing' });
    expect(hallRequest({ ...base, q: '高新技術企業' })).toEqual({
      mode: 'search',
      query: { q: '高新技術企業', type: 'item', category: undefined, department: undefined, page: 1, pageSize: 10 },
    });
    expect(hallRequest({ ...base, category: 'talent' })).toMatchObject({ mode: 'items', query: { category: 'talent', sort: 'code' } });
    expect(hallRequest({ ...base, all: true })).toMatchObject({ mode: 'items' });
    expect(hallRequest({ ...base, tab: 'resources' })).toMatchObject({ mode: 'resources', query: { page: 1 } });
    expect(hallRequest({ ...base, tab: 'resources', q: 'sys', kind: 'lab' })).toMatchObject({ mode: 'search', query: { type: 'resource', kind: 'lab' } });
  });
});

describe('rowFromHit', () => {
  it('keeps name ranges and up to two other matches', () => {
    const row = rowFromHit({
      type: 'item',
      id: 'i1',
      code: 'KJ-001',
      name: '高新技术企业认定',
      score: 1,
      status: 'in_force',
      departmentName: '科技局',
      category: 'cultivation',
      kind: null,
      townName: null,
      matchedTerms: ['高新技术企业'],
      highlights: [
        { field: 'name', text: '高新技术企业认定', ranges: [[0, 6]] },
        { field: 'conditions', text: '…', ranges: [[0, 1]] },
        { field: 'materials', text: '…', ranges: [[0, 1]] },
        { field: 'legalBasis', text: '…', ranges: [[0, 1]] },
      ],
    });
    expect(row.nameRanges).toEqual([[0, 6]]);
    expect(row.snippets.map((s) => s.field)).toEqual(['conditions', 'materials']);
  });
});
