import { describe, expect, it } from 'vitest';
import { badgeText, noticeRoute, noticeText } from './inbox-api.ts';

const notice = { titleZh: '办件已受理', titleEn: 'Case accepted', bodyZh: '您的申请已受理', bodyEn: '' };

describe('noticeText', () => {
  it('shows the UI language, falling back to the other one', () => {
    expect(noticeText(notice, 'zh-CN')).toEqual({ title: '办件已受理', body: '您的申请已受理' });
    expect(noticeText(notice, 'en')).toEqual({ title: 'Case accepted', body: '您的申请已受理' });
  });
});

describe('noticeRoute', () => {
  it('keeps routes of the app and refuses anything else', () => {
    expect(noticeRoute('/cases/42')).toBe('/cases/42');
    expect(noticeRoute(null)).toBeNull();
    expect(noticeRoute('https://evil.example/')).toBeNull();
    expect(noticeRoute('//evil.example/')).toBeNull();
    expect(noticeRoute('javascript:alert(1)')).toBeNull();
  });
});

describe('badgeText', () => {
  it('caps at 99+', () => {
    expect(badgeText(3)).toBe('3');
    expect(badgeText(120)).toBe('99+');
  });
});
