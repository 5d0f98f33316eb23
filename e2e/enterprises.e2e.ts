import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { journeyBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
/** 华为技术有限公司's published unified social credit code 914403001922038216, with its check character changed. */
const BAD_CREDIT_CODE = '914403001922038217';

const { signedIn } = journeyBrowser();

const getJson = <T>(page: Page, path: string) =>
  page.evaluate(async (p) => {
    const response = await fetch(p);
    return { status: response.status, body: (await response.json()) as unknown };
  }, path) as Promise<{ status: number; body: T }>;

/** 0.629 → "62.9%", as the dashboard writes rates. */
const percent = (rate: number) => `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;

interface Criterion {
  key: string;
  labelZh: string;
  gapZh: string | null;
  met: boolean;
}

describe('enterprises journey', () => {
  it('shows the one criterion an enterprise lacks for high-tech status, with its gap', async () => {
    const officer = await signedIn('officer');
    // The candidates for 高新技术企业, closest first; the first whose next tier is high-tech and that lacks exactly one criterion.
    const found = await officer.evaluate(async () => {
      const pipeline = (await (await fetch('/api/cultivation/pipelines?kind=high_tech&limit=500')).json()) as { items: { enterpriseId: string; name: string; unmet: number }[] };
      for (const candidate of pipeline.items.filter((c) => c.unmet === 1)) {
        const tiers = (await (await fetch(`/api/enterprises/${candidate.enterpriseId}/tiers`)).json()) as { next: string | null; nextUnmet: Criterion[] };
        if (tiers.next === 'high_tech' && tiers.nextUnmet.length === 1) return { ...candidate, criterion: tiers.nextUnmet[0] };
      }
      return null;
    });
    expect(found, 'an enterprise one criterion short of high-tech status').not.toBeNull();
    if (!found?.criterion) return;

    await officer.goto(`${baseUrl}/enterprises/${found.enterpriseId}`);
    await officer.getByRole('heading', { level: 1, name: found.name }).waitFor();
    await officer.getByRole('tab', { name: '梯队培育' }).click();
    const gaps = officer.getByRole('list', { name: '距“高新技术企业”尚差 1 项条件' });
    await gaps.waitFor();
    await expect.poll(() => gaps.getByRole('listitem').count()).toBe(1);
    const text = await gaps.getByRole('listitem').innerText();
    expect(text).toContain(found.criterion.gapZh ?? found.criterion.labelZh);
    // The gap names the criterion and both numbers ("研发费用占比 2.1%，低于 3%").
    expect(found.criterion.gapZh ?? '').toMatch(/\d/);
  });

  it('shows the five coverage rates and drills down from a town to its uncovered enterprises', async () => {
    const officer = await signedIn('officer');
    const { body: dashboard } = await getJson<{
      year: number;
      county: { total: number; rates: Record<string, number>; covered: Record<string, number> };
      byTown: { key: string; name: string; total: number; covered: Record<string, number> }[];
    }>(officer, '/api/coverage/dashboard');
    expect(dashboard.county.total).toBeGreaterThan(0);

    await officer.goto(`${baseUrl}/coverage`);
    await officer.getByRole('heading', { level: 1, name: '五个全覆盖' }).waitFor();
    const rates = officer.getByRole('region', { name: '五项覆盖率' });
    for (const [flag, name] of [['patent', '有效专利'], ['rd_institution', '研发机构'], ['rd_spending', '研发投入'], ['iur', '产学研合作'], ['high_tech', '高新技术企业']] as const) {
      const card = rates.getByRole('button', { name: new RegExp(`^${name}覆盖率 ${percent(dashboard.county.rates[flag] ?? 0).replace('.', '\\.')}，`) });
      await card.waitFor();
    }

    // Drill down: the town with the most enterprises lacking IUR cooperation.
    const town = [...dashboard.byTown].sort((a, b) => b.total - (b.covered.iur ?? 0) - (a.total - (a.covered.iur ?? 0)))[0];
    expect(town).toBeDefined();
    if (!town) return;
    const missing = town.total - (town.covered.iur ?? 0);
    expect(missing).toBeGreaterThan(0);
    await officer.getByRole('button', { name: `${town.name}产学研合作未覆盖 ${missing} 家，点击查看` }).click();
    await officer.waitForURL(new RegExp(`town=${town.key}`));
    const list = officer.getByRole('table', { name: '产学研合作未覆盖企业' });
    await list.waitFor();
    await officer.getByText(`共 ${missing} 条`).waitFor();
    const first = list.getByRole('link').first();
    const name = await first.innerText();
    await first.click();
    await officer.getByRole('heading', { level: 1, name }).waitFor();
  });

  it('draws the IUR fishbone whose bones add up to the enterprises with causes, each bone opening its enterprises', async () => {
    const officer = await signedIn('officer');
    const { body: fishbone } = await getJson<{ withCauses: number; bones: { code: string; name: string; count: number }[] }>(officer, '/api/coverage/fishbone?flag=iur');
    expect(fishbone.bones.reduce((sum, b) => sum + b.count, 0)).toBe(fishbone.withCauses);
    const bone = fishbone.bones.find((b) => b.count > 0);
    expect(bone, 'an IUR bone with enterprises').toBeDefined();
    if (!bone) return;

    await officer.goto(`${baseUrl}/coverage/fishbone?flag=iur`);
    await officer.getByRole('heading', { level: 1, name: '鱼骨图分析' }).waitFor();
    const diagram = officer.getByRole('group', { name: '产学研合作未覆盖原因鱼骨图' });
    await diagram.getByRole('button', { name: `${bone.name}：${bone.count} 家` }).click();
    const list = officer.getByRole('table', { name: `原因“${bone.name}”涉及企业` });
    await list.waitFor();
    await officer.getByText(`共 ${bone.count} 条`).waitFor();
    const first = list.getByRole('link').first();
    const name = await first.innerText();
    await first.click();
    await officer.getByRole('heading', { level: 1, name }).waitFor();
  });

  it('rejects a credit code with a wrong check character, naming the position and the expected character', async () => {
    const officer = await signedIn('officer');
    await officer.goto(`${baseUrl}/enterprises`);
    await officer.getByRole('heading', { level: 1, name: '企业档案' }).waitFor();
    await officer.getByRole('button', { name: '新增企业' }).click();
    const drawer = officer.getByRole('dialog', { name: '新增企业档案' });
    await drawer.waitFor();
    await drawer.getByLabel('统一社会信用代码').fill(BAD_CREDIT_CODE);
    await drawer.getByLabel('企业名称').fill('示范校验测试机械有限公司');
    await drawer.getByLabel('所属乡镇').click();
    await officer.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await drawer.getByLabel('所属行业（GB/T 4754-2017）').click();
    await officer.locator('.ant-cascader-menu-item', { hasText: '制造业' }).first().click();
    await officer.locator('.ant-cascader-menu-item', { hasText: '通用设备制造业' }).first().click();
    await officer.keyboard.press('Escape');
    await drawer.getByLabel('注册地址').fill('示范县青溪镇工业园区 8 号');
    let posted = 0;
    officer.on('request', (r) => {
      if (r.url().endsWith('/api/enterprises') && r.method() === 'POST') posted++;
    });
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    // The browser's GB 32100 pre-check (the server's own message) under the credit code, before any request:
    // position 18 should be 6 (华为's real code ends in 6). The server's 400 is tested in enterprise-file.routes.test.ts.
    await drawer.getByText('第 18 位校验码应为 6，实际为 7').waitFor();
    expect(posted).toBe(0);
  });
});

describe('enterprise corrections', () => {
  it('lets the enterprise correct its own statistics, pending until an officer confirms them', async () => {
    const enterprise = await signedIn('enterprise');
    await enterprise.getByRole('link', { name: '我的企业' }).click();
    await enterprise.getByRole('tab', { name: '年度统计' }).click();
    await enterprise.getByRole('button', { name: '申请更正' }).first().click();
    const dialog = enterprise.getByRole('dialog', { name: '申请更正年度统计数据' });
    await dialog.getByLabel('研发费用').fill('123.45');
    await dialog.getByLabel('更正说明').fill('按年报口径调整研发费用。');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await enterprise.getByText('更正申请已提交，待科技部门确认。').waitFor();
    await enterprise.getByText(/您提交的 \d+ 项统计数据更正正在等待科技部门确认/).waitFor();

    const officer = await signedIn('officer');
    await officer.goto(`${baseUrl}/enterprises/corrections`);
    await officer.getByRole('heading', { level: 1, name: '企业数据更正审核' }).waitFor();
    await officer.getByRole('button', { name: /^确\s*认$/ }).first().click();
    const confirm = officer.getByRole('dialog');
    await confirm.getByText('123.45 万元').waitFor();
    await confirm.getByRole('button', { name: /^确\s*认$/ }).click();
    await officer.getByText('已确认，档案已更新。').waitFor();

    await enterprise.reload();
    await enterprise.getByRole('tab', { name: '年度统计' }).click();
    await enterprise.getByRole('cell', { name: '123.45' }).first().waitFor();
  });
});
