import { describe, expect, it } from 'vitest';
import { withChanges } from './search-params.ts';

describe('withChanges', () => {
  it('sets and removes keys and goes back to page 1 unless the page itself changes', () => {
    const current = new URLSearchParams('flag=iur&town=t1&page=3');
    expect(withChanges(current, { town: 't2', industry: '' }).toString()).toBe('flag=iur&town=t2');
    expect(withChanges(current, { town: undefined, page: '4' }).toString()).toBe('flag=iur&page=4');
    expect(current.toString()).toBe('flag=iur&town=t1&page=3');
  });
});
