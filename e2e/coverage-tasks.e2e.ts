import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { journeyBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');

const { signedIn: signedInAs } = journeyBrowser();
const signedIn = (username: string) => signedInAs(username, { acceptDownloads: true });

const getJson = <T>(page: Page, path: string) => page.evaluate(async (p) => (await (await fetch(p)).json()) as unknown, path) as Promise<T>;

interface Officer {
  id: string;
  displayName: string;
  departmentId: string;
  departmentName: string;
}

describe('coverage: uncovered list export and task assignment', () => {
  it('downloads the uncovered list as the server’s Excel, with the filters shown', async () => {
    const officer = await signedIn('officer');
    const dashboard = await getJson<{ year: number; byTown: { key: string }[] }>(officer, '/api/coverage/dashboard');
    const town = dashboard.byTown[0]?.key ?? '';
    await officer.goto(`${baseUrl}/coverage?flag=iur&town=${town}`);
    await officer.getByRole('table', { name: '产学研合作未覆盖企业' }).waitFor();
    const answered = officer.waitForResponse((r) => r.url().includes('/api/coverage/uncovered/export.xlsx'));
    const download = officer.waitForEvent('download');
    await officer.getByRole('button', { name: /导出名单/ }).click();
    const response = await answered;
    expect(response.status()).toBe(200);
    const query = new URL(response.url()).searchParams;
    expect(Object.fromEntries(query)).toMatchObject({ flag: 'iur', town, year: String(dashboard.year) });
    expect(response.headers()['content-type']).toContain('spreadsheetml');
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
  });

  it('lets the bureau admin pick an officer of another department; an officer only its own', async () => {
    const admin = await signedIn('admin');
    const officers = await getJson<Officer[]>(admin, '/api/org/officers');
    const me = await getJson<{ user: { departmentId: string } }>(admin, '/api/auth/me');
    const other = officers.find((o) => o.departmentId !== me.user.departmentId);
    expect(other).toBeDefined();
    if (!other) return;

    await admin.goto(`${baseUrl}/coverage/tasks`);
    await admin.getByRole('button', { name: '新建任务' }).click();
    const dialog = admin.getByRole('dialog', { name: '新建任务' });
    await dialog.getByLabel('任务名称').fill('推动企业与高校建立产学研合作（指派测试）');
    await dialog.getByLabel('责任部门').click();
    await admin.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: other.departmentName }).first().click();
    await dialog.getByLabel('责任人').click();
    await dialog.getByLabel('责任人').fill(other.displayName);
    await admin.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: `${other.displayName}（${other.departmentName}）` }).click();
    await dialog.getByLabel('涉及企业').click();
    await admin.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '产学研合作未覆盖' }).first().click();
    await admin.keyboard.press('Escape');
    const saved = admin.waitForResponse((r) => r.url().endsWith('/api/coverage/tasks') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const res = await saved;
    expect(res.status()).toBe(201);
    expect(((await res.json()) as { assigneeUserId: string }).assigneeUserId).toBe(other.id);
    await admin.getByRole('cell', { name: other.displayName }).first().waitFor();

    // The officer: its own department only, itself preselected.
    const officer = await signedIn('officer');
    const own = await getJson<Officer[]>(officer, '/api/org/officers');
    expect(own.every((o) => o.departmentId === own[0]?.departmentId)).toBe(true);
    expect(own.some((o) => o.id === other.id)).toBe(false);
    await officer.goto(`${baseUrl}/coverage/tasks`);
    await officer.getByRole('button', { name: '新建任务' }).click();
    const modal = officer.getByRole('dialog', { name: '新建任务' });
    const mine = await getJson<{ user: { displayName: string } }>(officer, '/api/auth/me');
    await modal.getByText(`${mine.user.displayName}（`).first().waitFor();
    await modal.getByLabel('责任人').click();
    const options = officer.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await options.first().waitFor();
    expect(await options.count()).toBe(own.length);
  });
});
