import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { exactButton, headerAction, journeyBrowser, pdf } from './browser.ts';

const baseUrl = inject('baseUrl');

const { signedIn } = journeyBrowser();

/** Types a date into an antd DatePicker input and confirms it. */
async function pickDate(page: Page, input: Locator, date: string): Promise<void> {
  await input.click();
  await input.fill(date);
  await page.keyboard.press('Enter');
}

/** The bureau workbench counter `label` (a link to its records), as a number. */
async function counter(page: Page, label: string): Promise<number> {
  const link = page.getByRole('region', { name: '供需对接成效' }).getByRole('link', { name: new RegExp(`^${label}：`) });
  await link.waitFor();
  const aria = (await link.getAttribute('aria-label')) ?? '';
  const match = new RegExp(`^${label}：([\\d,]+)`).exec(aria);
  expect(match, aria).not.toBeNull();
  return Number((match?.[1] ?? '').replace(/,/g, ''));
}

/** Posts a technical problem through the form and answers the new problem's id (its page is open afterwards). */
async function postProblem(page: Page, title: string, description: string, confidential: boolean): Promise<string> {
  await page.goto(`${baseUrl}/matching`);
  await page.getByRole('heading', { level: 1, name: '技术难题与人才需求' }).waitFor();
  await page.getByRole('button', { name: '发布技术难题' }).click();
  await page.getByRole('heading', { level: 1, name: '发布技术难题' }).waitFor();
  await page.getByLabel('难题名称').fill(title);
  await page.getByLabel('难题描述').fill(description);
  await page.getByLabel('预算区间').click();
  await page.getByTitle('10 万—50 万元').click();
  if (confidential) await page.getByRole('checkbox', { name: '保密难题' }).check();
  await page.getByRole('button', { name: exactButton('发布') }).click();
  await page.waitForURL(/\/matching\/demands\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  return page.url().split('/').pop() ?? '';
}

describe('matching journey', () => {
  it('an enterprise posts a problem and sees ranked experts with reasons; the broker pushes one; the expert consents; an agreement is signed; the problem is solved and counted', async () => {
    // ——— the demo expert's profile gives the problem its wording ———
    const expert = await signedIn('expert');
    const profile = await expert.evaluate(async () => (await (await fetch('/api/matching/profile')).json()) as { name: string; outputs: { title: string }[] });
    expect(profile.outputs.length, 'the demo expert has outputs').toBeGreaterThan(0);
    const output = profile.outputs[0]?.title ?? '';
    const stamp = Date.now().toString(36).slice(-5);
    const title = `${output.slice(0, 80)}技术攻关（${stamp}）`;

    // ——— the bureau's counters before ———
    const admin = await signedIn('admin');
    const solvedBefore = await counter(admin, '解决技术难题');
    const iurBefore = await counter(admin, '促成产学研合作项目');

    // ——— the enterprise posts the problem and sees ranked experts with their reasons ———
    const enterprise = await signedIn('enterprise');
    const demandId = await postProblem(enterprise, title, `我公司在“${output}”方面遇到技术瓶颈，现有工艺无法满足客户要求，希望与高校、科研院所专家合作攻关。`, false);
    const first = enterprise.getByRole('article').first();
    await first.getByText('第 1 名').waitFor();
    await first.getByRole('list', { name: '匹配理由' }).waitFor();
    const card = enterprise.getByRole('article', { name: profile.name, exact: true });
    await card.waitFor();
    await card.getByRole('list', { name: '匹配理由' }).waitFor();
    await card.getByText('匹配词：').waitFor();

    // ——— the broker (officer) pushes this expert ———
    const officer = await signedIn('officer');
    await officer.goto(`${baseUrl}/matching/demands/${demandId}`);
    await officer.getByRole('heading', { level: 1, name: title }).waitFor();
    const officerCard = officer.getByRole('article', { name: profile.name, exact: true });
    await officerCard.getByRole('button', { name: '推送给企业' }).click();
    await officerCard.getByText('已推荐', { exact: true }).waitFor();

    // ——— the enterprise requests contact; the details stay hidden until the expert consents ———
    await enterprise.reload();
    await enterprise.getByRole('article', { name: profile.name, exact: true }).getByRole('button', { name: '申请联系' }).click();
    await enterprise.waitForURL(/\/matching\/engagements\/[0-9a-f-]{36}$/);
    const engagementUrl = enterprise.url();
    await headerAction(enterprise, '申请联系', async (dialog) => {
      await dialog.getByLabel('留言（选填）').fill('希望下周到贵单位当面交流。');
    });
    await enterprise.getByText('待专家同意', { exact: true }).first().waitFor();
    await enterprise.getByText('专家同意后可见联系方式').waitFor();

    // ——— the expert finds the request and consents ———
    await expert.goto(`${baseUrl}/matching?tab=engagements`);
    await expert.getByRole('link', { name: title }).first().click();
    await expert.waitForURL(engagementUrl);
    await headerAction(expert, '同意联系');
    await expert.getByText('专家已同意', { exact: true }).first().waitFor();

    await enterprise.reload();
    await enterprise.getByText('专家已同意', { exact: true }).first().waitFor();
    expect(await enterprise.getByText('专家同意后可见联系方式').count()).toBe(0);

    // ——— the broker records the meeting and the IUR agreement with its contract ———
    await officer.goto(engagementUrl);
    await headerAction(officer, '记录洽谈', async (dialog) => {
      await pickDate(officer, dialog.getByLabel('洽谈日期'), '2026-11-20');
      await dialog.getByLabel('地点').fill('示范县科技局三楼会议室');
      await dialog.getByLabel('洽谈纪要').fill('双方就工艺改进方案达成初步一致。');
    });
    await officer.getByText('已洽谈', { exact: true }).first().waitFor();
    await headerAction(officer, '登记合作协议', async (dialog) => {
      await dialog.getByLabel('合同金额（元）').fill('500000');
      await pickDate(officer, dialog.getByLabel('签订日期'), '2026-11-24');
      const range = dialog.locator('.ant-picker-range input');
      await pickDate(officer, range.nth(0), '2026-12-01');
      await range.nth(1).fill('2027-11-30');
      await officer.keyboard.press('Enter');
      const uploaded = officer.waitForResponse((r) => r.url().endsWith('/api/attachments') && r.request().method() === 'POST');
      await dialog.locator('input[type=file]').setInputFiles(pdf('产学研合作合同.pdf'));
      expect((await uploaded).status()).toBe(201);
    });
    await officer.getByText('已签约', { exact: true }).first().waitFor();
    await officer.getByText('¥500,000').waitFor();

    // ——— the enterprise downloads the contract the broker uploaded (not only its uploader may) ———
    await enterprise.reload();
    const contractLink = enterprise.getByRole('link', { name: /产学研合作合同\.pdf/ });
    await contractLink.waitFor();
    const href = (await contractLink.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/api\/matching\/engagements\/[0-9a-f-]{36}\/contract$/);
    const download = await enterprise.evaluate(async (url) => {
      const res = await fetch(url);
      return { status: res.status, disposition: res.headers.get('content-disposition') ?? '' };
    }, href);
    expect(download).toEqual({ status: 200, disposition: `attachment; filename*=UTF-8''${encodeURIComponent('产学研合作合同.pdf')}` });

    // ——— the enterprise confirms the problem solved ———
    await headerAction(enterprise, '确认已解决', async (dialog) => {
      await dialog.getByLabel('解决情况').fill('新工艺试产合格，良品率达到要求。');
    });
    await enterprise.getByText('已解决', { exact: true }).first().waitFor();
    const timeline = enterprise.getByText('企业确认已解决', { exact: true });
    await timeline.waitFor();

    // ——— the enterprise file lists the IUR project and links back to this engagement ———
    const engagementId = engagementUrl.split('/').pop() ?? '';
    const signed = await enterprise.evaluate(async (id) => (await (await fetch(`/api/matching/engagements/${id}`)).json()) as { enterpriseId: string; agreement: { title: string } }, engagementId);
    await officer.goto(`${baseUrl}/enterprises/${signed.enterpriseId}?tab=projects`);
    await officer.getByRole('tab', { name: /^产学研项目（\d+）$/ }).waitFor();
    await officer.getByRole('link', { name: signed.agreement.title }).first().click();
    await officer.waitForURL(`**/matching/engagements/${engagementId}`);
    await officer.goto(`${baseUrl}/enterprises/${signed.enterpriseId}?tab=deposits`);
    await officer.getByText('存证内容涉及企业商业秘密，科技部门仅显示存证数量，不显示存证名称和内容。').waitFor();

    // ——— the bureau's counters rose by one and drill down to this record ———
    await admin.reload();
    await expect.poll(() => counter(admin, '解决技术难题')).toBe(solvedBefore + 1);
    expect(await counter(admin, '促成产学研合作项目')).toBe(iurBefore + 1);
    await admin.getByRole('region', { name: '供需对接成效' }).getByRole('link', { name: /^解决技术难题：/ }).click();
    await admin.getByRole('heading', { level: 1, name: '解决技术难题明细' }).waitFor();
    await admin.getByRole('link', { name: title }).waitFor();
    await admin.goBack();
    await admin.getByRole('region', { name: '供需对接成效' }).getByRole('link', { name: /^促成产学研合作项目：/ }).click();
    await admin.getByRole('heading', { level: 1, name: '促成产学研合作项目明细' }).waitFor();
    await admin.getByRole('link', { name: title }).waitFor();
    await admin.getByText('¥500,000').first().waitFor();
  });

  it('keeps a confidential problem from an uninvited expert (404) until invited', async () => {
    const enterprise = await signedIn('enterprise');
    const title = `保密：新型电池隔膜涂覆工艺改进（${Date.now().toString(36).slice(-5)}）`;
    const demandId = await postProblem(enterprise, title, '隔膜涂覆层均匀性不足，导致电芯一致性差，需要改进涂覆工艺和浆料配方。', true);
    await enterprise.getByText('这是一项保密难题，详情仅向受邀专家公开。').waitFor();

    const expert = await signedIn('expert', { viewport: { width: 390, height: 844 } });
    const status = await expert.evaluate(async (id) => (await fetch(`/api/matching/demands/${id}`)).status, demandId);
    expect(status).toBe(404);
    await expert.goto(`${baseUrl}/matching/demands/${demandId}`);
    await expert.getByText('该记录不存在，或您无权查看。保密难题仅向受邀专家公开。').waitFor();
    expect(await expert.getByText('隔膜涂覆层均匀性不足').count()).toBe(0);
    const fits = await expert.evaluate(async () => ((await (await fetch('/api/matching/demands/fitting-me')).json()) as { items: { demand: { id: string } }[] }).items.map((i) => i.demand.id));
    expect(fits).not.toContain(demandId);
  });
});
