import { describe, expect, it } from 'vitest';
import { itemActions } from './guide-actions.ts';

describe('itemActions', () => {
  it('offers online application to enterprises for items in force with the online channel', () => {
    expect(itemActions({ status: 'in_force', channels: ['online', 'desk'] }, ['case.submit'])).toMatchObject({ apply: true, walkIn: false, onlineUnavailable: false });
    expect(itemActions({ status: 'withdrawn', channels: ['online'] }, ['case.submit'])).toMatchObject({ apply: false, onlineUnavailable: false });
    expect(itemActions({ status: 'in_force', channels: ['desk'] }, ['case.submit'])).toMatchObject({ apply: false, onlineUnavailable: true });
  });

  it('offers walk-in registration to desk clerks, enabled for desk items', () => {
    expect(itemActions({ status: 'in_force', channels: ['desk'] }, ['case.register_walk_in'])).toMatchObject({ apply: false, walkIn: true, walkInEnabled: true });
    expect(itemActions({ status: 'in_force', channels: ['online'] }, ['case.register_walk_in'])).toMatchObject({ walkIn: true, walkInEnabled: false });
    expect(itemActions({ status: 'in_force', channels: ['online'] }, ['catalogue.manage'])).toMatchObject({ apply: false, walkIn: false });
  });
});
