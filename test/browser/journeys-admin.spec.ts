import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { WIDTHS, assertFits, openFromNav, demoServer, roleSession } from '../support/journey.js';

/**
 * The admin's main jobs that no other journey does (DESIGN.md's table), at
 * 1366 and 375 px: programme settings, local authorities, rule sets, and the correction only an admin may make,
 * reopening a signed-off month. The audit log is admin.spec (the coverage
 * table in test/browser/README.md). Each width uses its own LA and values.
 */
describe('admin journeys in Chromium', () => {
  const demo = demoServer();

  for (const width of WIDTHS) {
    describe(`at ${width} px`, () => {
      const session = roleSession(demo, width, 'admin@attune.test');

      it('changes a programme setting and the API gives the new value', async () => {
        const { page, problems } = session.browser;
        await openFromNav(page, 'Programme settings');
        const target = String(width === 1366 ? 24 : 25);
        const field = page.getByLabel('Target number of practitioners', { exact: true });
        await field.fill(target);
        await page.getByRole('button', { name: 'Save settings' }).click();
        await page.getByText('Saved the programme settings.').waitFor();
        await assertFits(page, width, 'Programme settings');
        const { items } = (await (
          await page.request.get(`${demo.server.url}/api/programmes`)
        ).json()) as { items: Array<{ id: string; targetPractitionerCount: number | null }> };
        assert.equal(
          items.find((p) => p.id === session.programmeId)?.targetPractitionerCount,
          Number(target),
        );
        assert.deepEqual(problems.pageErrors, []);
      });

      it('creates a practitioner account, bound to its LA and staff record', async () => {
        const { page, problems } = session.browser;
        await openFromNav(page, 'Users');
        const email = `practitioner.${width}@attune.test`;
        const staffCode = width === 1366 ? 'P-LA1-02' : 'P-LA1-03';
        await page.getByLabel('Email address').fill(email);
        await page.getByLabel('Initial password').fill('four unrelated words here');
        await page.getByRole('combobox', { name: 'Role' }).click();
        await page.getByRole('option', { name: 'Practitioner' }).click();
        await page.getByLabel('Local authority code').fill('LA1');
        await page.getByLabel('Staff code', { exact: true }).fill(staffCode);
        await page.getByRole('button', { name: 'Create account' }).click();
        await page.getByRole('status').getByText(`Created the account for ${email}.`).waitFor();
        await assertFits(page, width, 'Users');
        const { items } = (await (
          await page.request.get(`${demo.server.url}/api/users?pageSize=100`)
        ).json()) as {
          items: Array<{ email: string; laCode: string | null; staffCode: string | null }>;
        };
        const created = items.find((u) => u.email === email);
        assert.deepEqual(
          { laCode: created?.laCode, staffCode: created?.staffCode },
          { laCode: 'LA1', staffCode },
        );
        assert.deepEqual(problems.pageErrors, []);
      });

      it('adds a local authority and renames it', async () => {
        const { page, problems } = session.browser;
        await openFromNav(page, 'Local authorities');
        const code = width === 1366 ? 'LA8' : 'LA9';
        await page.getByRole('textbox', { name: 'Code', exact: true }).fill(code);
        await page.getByRole('textbox', { name: 'Name', exact: true }).fill(`Newtown ${width}`);
        await page.getByRole('button', { name: 'Add local authority' }).click();
        await page.getByText(`Saved ${code}, Newtown ${width}.`).waitFor();
        const row = page
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name: code }) });
        await row.getByText(`Newtown ${width}`).waitFor();
        await assertFits(page, width, 'Local authorities');

        await row.getByRole('button', { name: `Rename ${code}` }).click();
        const renamed = `Oldtown ${width}`;
        await page.getByRole('heading', { name: 'Rename a local authority' }).waitFor();
        const name = page.getByRole('textbox', { name: 'Name', exact: true });
        await name.fill(renamed);
        await name.press('Enter');
        await page.getByText(`Saved ${code}, ${renamed}.`).waitFor();
        const las = (await (
          await page.request.get(
            `${demo.server.url}/api/programmes/${session.programmeId}/local-authorities`,
          )
        ).json()) as { items: Array<{ code: string; name: string }> };
        assert.ok(las.items.some((la) => la.code === code && la.name === renamed));
        assert.deepEqual(problems.pageErrors, []);
      });

      it('copies a rule set to edit, and the copy is listed as this programme’s', async () => {
        const { page, problems } = session.browser;
        await openFromNav(page, 'Rule sets');
        const code = `mine_${width}`;
        await page.getByRole('combobox', { name: 'Copy from' }).selectOption('aviguk_18_cycle');
        await page.getByLabel('New code (lower_snake_case)').fill(code);
        await page.getByLabel('New name').fill(`Ours at ${width}`);
        await page.getByRole('button', { name: 'Copy', exact: true }).click();
        await page.getByText(`Copied aviguk_18_cycle as ${code}.`).waitFor();
        await page.getByRole('row', { name: new RegExp(`^${code} Ours at ${width}`) }).waitFor();
        await assertFits(page, width, 'Rule sets');
        assert.deepEqual(problems.pageErrors, []);
      });

      it('signs off a month for an LA, then reopens it with a reason', async () => {
        const { page, problems } = session.browser;
        await openFromNav(page, 'Sign-off');
        const la = width === 1366 ? 'LA2' : 'LA3';
        const laField = page.getByLabel('Local authority code', { exact: true });
        await laField.fill(la);
        await laField.press('Tab');
        await page.locator('att-month-review-table table').waitFor();
        await page.getByRole('button', { name: 'Sign off June 2022' }).click();
        await page.getByRole('button', { name: 'Confirm sign-off' }).click();
        await page
          .getByText(`Signed off June 2022 for ${la}: its records are now read-only.`)
          .waitFor();

        const reason = page.getByRole('textbox', {
          name: new RegExp(`Reason to reopen .* for ${la}`),
        });
        await reason.fill('A session was recorded in the wrong month.');
        await reason.locator('xpath=ancestor::td').getByRole('button', { name: 'Reopen' }).click();
        await page
          .getByText(`Reopened June 2022 for ${la}: its records can be changed again.`)
          .waitFor();
        await assertFits(page, width, 'Sign-off');
        assert.deepEqual(problems.pageErrors, []);
      });
    });
  }
});
