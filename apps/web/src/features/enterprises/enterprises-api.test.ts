import { describe, expect, it } from 'vitest';
import { withQuery } from '../../api.ts';
import { listParamsFromSearch } from './enterprises-api.ts';

describe('listParamsFromSearch', () => {
  it('reads the drill-down links of the workbench', () => {
    expect(listParamsFromSearch(new URLSearchParams('aboveScale=true'))).toMatchObject({ page: 1, pageSize: 20, aboveScale: 'true' });
    expect(listParamsFromSearch(new URLSearchParams('qualification=high_tech'))).toMatchObject({ qualification: 'high_tech' });
    expect(listParamsFromSearch(new URLSearchParams('town=330521001&page=3'))).toMatchObject({ town: '330521001', page: 3 });
  });

  it('ignores values the server would refuse', () => {
    const params = listParamsFromSearch(new URLSearchParams('aboveScale=yes&qualification=gold&page=0&pageSize=999&keyword=%20%20'));
    expect(params).toEqual({ page: 1, pageSize: 20, keyword: undefined, town: undefined, aboveScale: undefined, qualification: undefined });
  });

  it('sends the filters as the query string the contract parses', () => {
    const params = listParamsFromSearch(new URLSearchParams('aboveScale=false&qualification=srdi_sme&keyword=%E5%B7%A5'));
    expect(withQuery('/api/enterprises', { ...params })).toBe(
      '/api/enterprises?page=1&pageSize=20&keyword=%E5%B7%A5&aboveScale=false&qualification=srdi_sme',
    );
  });
});
