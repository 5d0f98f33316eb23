import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { headerAction, journeyBrowser, pdf } from './browser.ts';

const baseUrl = inject('baseUrl');
/** A service item of the science and technology bureau (demo user `officer`), online, without co-departments of its own. */
const ITEM_NAME = '大型科研仪器共享预约';
/** The department of demo user `officer2`. */
const CO_DEPARTMENT = '示范县经济和信息化局';

const { signedIn } = journeyBrowser();

interface InboxNoticeLite {
  titleZh: string;
  link: string | null;
}

const inboxOf = (page: Page) =>
  page.evaluate(async () => ((await (await fetch('/api/inbox?pageSize=50')).json()) as { items: InboxNoticeLite[] }).items);

describe('cases journey', () => {
  it('files a case online; the lead department accepts it and adds a co-handler, who completes its task; the lead resolves, the enterprise rates', async () => {
    // ——— the enterprise finds the item and applies from the service guide ———
    const enterprise = await signedIn('enterprise');
    const item = await enterprise.evaluate(async (name) => {
      const search = (await (await fetch(`/api/catalogue/search?type=item&q=${encodeURIComponent(name)}`)).json()) as { items: { id: string; name: string; status: string }[] };
      const hit = search.items.find((h) => h.name === name && h.status === 'in_force');
      if (!hit) return null;
      return (await (await fetch(`/api/catalogue/items/${hit.id}`)).json()) as {
        id: string;
        channels: string[];
        leadDepartment: { code: string };
        coDepartments: unknown[];
        conditions: string[];
        materials: { name: string; required: boolean }[];
      };
    }, ITEM_NAME);
    expect(item, `an in-force item “${ITEM_NAME}”`).not.toBeNull();
    if (!item) return;
    expect(item.channels).toContain('online');
    expect(item.leadDepartment.code).toBe('kjj');

    await enterprise.goto(`${baseUrl}/hall/items/${item.id}`);
    await enterprise.getByRole('button', { name: '在线申请' }).click();
    await enterprise.getByRole('heading', { level: 1, name: `在线申请：${ITEM_NAME}` }).waitFor();

    // 确认申请条件: every condition has its checkbox; all must be confirmed.
    const conditions = enterprise.getByRole('group', { name: '确认申请条件' });
    await expect.poll(() => conditions.getByRole('checkbox').count()).toBe(item.conditions.length);
    await enterprise.getByRole('button', { name: '下一步' }).click();
    await enterprise.getByText('请逐项确认申请条件，全部符合后方可申请。').waitFor();
    for (const condition of item.conditions) await conditions.getByRole('checkbox', { name: condition }).check();
    await enterprise.getByRole('button', { name: '下一步' }).click();

    // 上传申请材料: one upload per required material.
    for (const material of item.materials.filter((m) => m.required)) {
      const slot = enterprise.getByRole('group', { name: material.name });
      const uploaded = enterprise.waitForResponse((r) => r.url().endsWith('/api/attachments') && r.request().method() === 'POST');
      await slot.locator('input[type=file]').setInputFiles(pdf(`${material.name.slice(0, 8)}.pdf`));
      expect((await uploaded).status()).toBe(201);
      await slot.getByText(`${material.name.slice(0, 8)}.pdf`).waitFor();
    }
    await enterprise.getByRole('button', { name: '下一步' }).click();

    // 填写说明 → 确认提交
    await enterprise.getByLabel('补充说明（选填）').fill('预约扫描电镜，测试 3 个样品。');
    await enterprise.getByRole('button', { name: '下一步' }).click();
    await enterprise.getByText(`已确认全部 ${item.conditions.length} 项条件`).waitFor();
    await enterprise.getByRole('button', { name: '提交申请' }).click();
    await enterprise.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const caseUrl = enterprise.url();
    const caseId = caseUrl.split('/').pop() ?? '';
    await enterprise.getByText(/提交成功！办件编号 YJ\d{4}-\d{6}/).waitFor();
    const number = (await enterprise.evaluate(async (id) => ((await (await fetch(`/api/cases/${id}`)).json()) as { number: string }).number, caseId)) ?? '';
    expect(number).toMatch(/^YJ\d{4}-\d{6}$/);
    await enterprise.getByText('等待部门受理').first().waitFor();

    // ——— the science and technology bureau's officer accepts it from the queue ———
    const officer = await signedIn('officer');
    await officer.getByRole('link', { name: /^待受理：\d+ 件/ }).click();
    await officer.getByRole('heading', { level: 1, name: '办件管理' }).waitFor();
    await officer.getByRole('link', { name: number }).first().click();
    await officer.getByRole('heading', { level: 1, name: ITEM_NAME }).waitFor();
    await headerAction(officer, '受理', async (dialog) => {
      await dialog.getByLabel('办理意见（选填）').fill('材料齐全，予以受理。');
    });
    await officer.getByText('已受理', { exact: true }).first().waitFor();

    // 发起协办: the department of officer2.
    await headerAction(officer, '发起协办', async (dialog) => {
      await dialog.getByLabel('协办部门').click();
      await officer.keyboard.type('经济和信息化');
      await officer.getByTitle(CO_DEPARTMENT).waitFor();
      await officer.keyboard.press('Enter');
      await dialog.getByLabel('协办事项说明（选填）').fill('请核实企业规上工业企业情况。');
    });
    await officer.getByText(`协办部门：${CO_DEPARTMENT}`).waitFor();

    // ——— officer2 finds the task among its to-dos and completes it ———
    const officer2 = await signedIn('officer2');
    await officer2.getByRole('link', { name: /^协办任务：[1-9]\d* 件/ }).click();
    await officer2.getByRole('link', { name: number }).first().click();
    await officer2.getByRole('heading', { level: 1, name: ITEM_NAME }).waitFor();
    await headerAction(officer2, '完成协办任务', async (dialog) => {
      await dialog.getByLabel('办理结果').fill('经核实，该企业为规上工业企业。');
    });
    await officer2.getByRole('tab', { name: /协办任务/ }).click();
    await officer2.getByText('已完成', { exact: true }).waitFor();

    // ——— the lead department resolves (办结) ———
    await officer.reload();
    await headerAction(officer, '办结', async (dialog) => {
      await dialog.getByLabel('办结意见').fill('已安排 12 月 3 日上机测试。');
    });
    await officer.getByText('已办结', { exact: true }).first().waitFor();

    // ——— the enterprise rates (好差评) ———
    await enterprise.reload();
    await enterprise.getByText('请对办理结果进行评价').first().waitFor();
    await headerAction(enterprise, '评价', async (dialog) => {
      // Two stars ask for a reason; five do not.
      await dialog.getByRole('radio').nth(1).click();
      await dialog.getByLabel('不满意的原因').waitFor();
      await dialog.getByRole('radio').nth(4).click();
      await dialog.getByLabel('不满意的原因').waitFor({ state: 'detached' });
      await dialog.getByLabel('评价内容（选填）').fill('办理很快，谢谢！');
    });
    await enterprise.getByText('已评价', { exact: true }).first().waitFor();

    // The timeline shows every step.
    const timeline = enterprise.getByRole('tabpanel', { name: '办理时间线' });
    for (const step of ['提交申请', '受理', '发起协办', '完成协办任务', '办结', '评价']) {
      await timeline.getByText(step, { exact: true }).waitFor();
    }
    await timeline.getByText('5 星（非常满意）').waitFor();

    // ——— each party has its notices: the enterprise in the header bell, the departments in their inbox ———
    await enterprise.getByRole('button', { name: /^消息/ }).click();
    await enterprise.getByText('申请已办结').first().waitFor();
    await enterprise.getByText('申请已受理').first().waitFor();

    const forCase = (notices: InboxNoticeLite[]) => notices.filter((n) => n.link === `/cases/${caseId}`).map((n) => n.titleZh);
    expect(forCase(await inboxOf(officer))).toEqual(expect.arrayContaining(['新申请待受理', '协办任务已完成', '企业已评价']));
    expect(forCase(await inboxOf(officer2))).toEqual(expect.arrayContaining(['新的协办任务']));
    expect(forCase(await inboxOf(enterprise))).toEqual(expect.arrayContaining(['申请已受理', '申请已办结']));
  });
});
