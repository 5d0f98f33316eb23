import { attachmentExtensions } from '@yunju/contracts';
import { describe, expect, it } from 'vitest';
import { catalogueFormPath, exportQuery, fileTypeSuggestions, itemParamsFromSearch, resourceParamsFromSearch } from './manage-params.ts';

const itemFields = ['code', 'name', 'category', 'leadDepartmentId', 'coDepartmentIds', 'conditions', 'materials', 'promisedDays', 'channels', 'legalBasis', 'description', 'relatedResourceIds', 'changeNote'];

describe('manage params', () => {
  it('reads the list filters from the URL and ignores bad values', () => {
    expect(itemParamsFromSearch(new URLSearchParams('category=ip&status=all&sort=name&order=desc&page=2'))).toMatchObject({
      category: 'ip',
      status: 'all',
      sort: 'name',
      order: 'desc',
      page: 2,
      pageSize: 20,
    });
    expect(itemParamsFromSearch(new URLSearchParams('category=gold&status=x&sort=hack&department=%3Cscript%3E'))).toMatchObject({
      category: undefined,
      status: undefined,
      sort: undefined,
      department: undefined,
    });
    expect(resourceParamsFromSearch(new URLSearchParams('kind=lab&availability=open'))).toMatchObject({ kind: 'lab', availability: 'open' });
  });

  it('exports the filters without the page', () => {
    expect(exportQuery({ page: 3, pageSize: 50, keyword: '高企', category: 'ip' })).toEqual({ keyword: '高企', category: 'ip' });
  });
});

describe('catalogueFormPath', () => {
  it('maps server paths onto the form', () => {
    expect(catalogueFormPath('materials.2.fileTypes.0', itemFields)).toEqual(['materials', 2, 'fileTypes']);
    expect(catalogueFormPath('materials.0.name', itemFields)).toEqual(['materials', 0, 'name']);
    expect(catalogueFormPath('materials.1', itemFields)).toEqual(['materials', 1, 'name']);
    expect(catalogueFormPath('conditions.3', itemFields)).toEqual(['conditions', 3]);
    expect(catalogueFormPath('channels', itemFields)).toEqual(['channels']);
    expect(catalogueFormPath('coDepartmentIds.1', itemFields)).toEqual(['coDepartmentIds']);
    expect(catalogueFormPath('code', itemFields)).toEqual(['code']);
    expect(catalogueFormPath('tags.0', itemFields)).toBeNull();
    expect(catalogueFormPath('', itemFields)).toBeNull();
  });

  it('suggests every uploadable file type', () => {
    for (const ext of attachmentExtensions) expect(fileTypeSuggestions as readonly string[]).toContain(ext);
  });
});
