import { beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  WIDTHS,
  apiGet,
  assertFits,
  confirmDialog,
  openFromNav,
  demoServer,
  roleSession,
} from '../support/journey.js';

const CLOSED = new Set(['completed', 'withdrawn', 'not_proceeded']);

/**
 * The admin's main jobs (DESIGN.md's table), at 1366 and 375 px: programme
 * settings, accounts (created and disabled), local authorities, rule sets,
 * the audit log, withdrawing a practitioner, and the correction only an admin
 * may make, reopening a signed-off month. Each width uses its own LA, account,
 * practitioner and values, so the two runs share one server without meeting.
 */
describe('admin journeys in Chromium', () => {
  const demo = demoServer();

  beforeAll(async () => {
    // A failed sign-in first, so that the audit log holds more than one kind of event to filter.
    const failed = await fetch(`${demo.server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'attune' },
      body: JSON.stringify({ email: 'admin@attune.test', password: 'not the right password' }),
    });
    assert.equal(failed.status, 401);
  });

  for (const width of WIDTHS) {
    describe(`at ${width} px`, () => {
      const session = roleSession(demo, width, 'admin@attune.test');

      it('changes a programme setting and the API gives the new value', async () => {
        const { page, problems } = session.browser;
        await openFromNav(page, 'Programme settings');
        const target = String(width === 1366 ? 24 : 25);
        const field = page.getByLabel('Target number of practitioners', { exact: true });
        await field.fill(target);
        // Dates are UK dates (DD/MM/YYYY), as everywhere else, never the browser's mm/dd/yyyy.
        assert.equal(
          await page.getByLabel('Start date', { exact: true }).inputValue(),
          '01/06/2021',
        );
        // The rule set in force is chosen from the programme's rule sets, by name and code.
        // (A select's name includes its chosen option, so the name is matched at its start.)
        const ruleSet = page.getByRole('combobox', { name: /^Rule set in force/ });
        assert.match(
          (await ruleSet.locator('option:checked').textContent()) ?? '',
          /^.+ \([a-z][a-z0-9_]*\)$/,
        );
        assert.ok((await ruleSet.locator('option').count()) > 1, 'the presets are offered');
        const reportDue =
          width === 1366 ? ['31/08/2022', '2022-08-31'] : ['30/09/2022', '2022-09-30'];
        await page.getByLabel('Report due', { exact: true }).fill(reportDue[0]!);
        await page.getByRole('button', { name: 'Save settings' }).click();
        await page.getByText('Saved the programme settings.').waitFor();
        await assertFits(page, width, 'Programme settings');
        const { items } = (await (
          await page.request.get(`${demo.server.url}/api/programmes`)
        ).json()) as {
          items: Array<{
            id: string;
            targetPractitionerCount: number | null;
            reportDue: string | null;
          }>;
        };
        const saved = items.find((p) => p.id === session.programmeId);
        assert.equal(saved?.targetPractitionerCount, Number(target));
        assert.equal(saved?.reportDue, reportDue[1]);
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

      it('creates an economist account, then disables it after confirming', async () => {
        const { page, problems } = session.browser;
        await openFromNav(page, 'Users');
        const email = `economist.${width}@attune.test`;
        await page.getByLabel('Email address', { exact: true }).fill(email);
        await page
          .getByLabel('Initial password', { exact: true })
          .fill('four unrelated words here');
        await page.getByRole('combobox', { name: 'Role' }).click();
        await page.getByRole('option', { name: 'Economist' }).click();
        await page.getByRole('button', { name: 'Create account' }).click();
        await page.getByRole('status').getByText(`Created the account for ${email}.`).waitFor();
        const row = page.getByRole('row').filter({ hasText: email });
        assert.match(await row.innerText(), /Economist\s+—\s+Active/);
        await assertFits(page, width, 'Users');

        await row.getByRole('button', { name: `Disable ${email}` }).click();
        await row.getByRole('button', { name: `Confirm: disable ${email}` }).click();
        await page.getByRole('status').getByText(`Disabled the account for ${email}.`).waitFor();
        await row.getByText('Disabled').waitFor();
        await assertFits(page, width, 'Users, after disabling');
        const { items } = await apiGet<{ items: Array<{ email: string; disabled: boolean }> }>(
          page,
          `${demo.server.url}/api/users?pageSize=100`,
        );
        assert.equal(items.find((u) => u.email === email)?.disabled, true, 'disabled in the API');
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

      it('reads their own sign-in in the audit log, and filters it by action', async () => {
        const { page, problems } = session.browser;
        await openFromNav(page, 'Audit log');
        const actions = async () =>
          (await page.locator('td.mat-column-action').allInnerTexts()).map((t) => t.trim());
        // Actions read in words (the domain's AUDIT_ACTION_LABELS), not as their codes.
        const mine = page
          .getByRole('row')
          .filter({ hasText: 'Signed in' })
          .filter({ hasText: 'admin@attune.test' });
        await mine.first().waitFor();
        assert.ok((await actions()).includes('Sign-in failed'));
        await assertFits(page, width, 'Audit log');

        // The failed attempt's change says why, on demand, from the keyboard.
        const failedRow = page.getByRole('row').filter({ hasText: 'Sign-in failed' }).first();
        const show = failedRow.getByRole('button', { name: /Show change/ });
        assert.equal(await show.getAttribute('aria-expanded'), 'false');
        await show.focus();
        await page.keyboard.press('Enter');
        const hide = failedRow.getByRole('button', { name: /Hide change/ });
        assert.equal(await hide.getAttribute('aria-expanded'), 'true');
        const change = page.locator(`#${await hide.getAttribute('aria-controls')}`);
        await change.getByText('wrong_password').waitFor();
        await assertFits(page, width, 'Audit log, a change shown');

        // The filter is a choice of the known actions in words; it sends the code.
        await page.getByRole('combobox', { name: 'Action' }).click();
        await page.getByRole('option', { name: 'Signed in', exact: true }).click();
        await page.getByRole('button', { name: 'Apply filters' }).click();
        await page.waitForURL(/[?&]action=auth\.sign_in(&|$)/);
        // As many as the API counts: every sign-in so far (both widths', the test's own).
        const { total } = await apiGet<{ total: number }>(
          page,
          `${demo.server.url}/api/audit-events?action=auth.sign_in&pageSize=1`,
        );
        assert.ok(total >= 1);
        const matches = `${total} ${total === 1 ? 'event matches' : 'events match'}.`;
        await page.getByRole('status').getByText(matches, { exact: true }).waitFor();
        const shown = await actions();
        assert.ok(shown.length > 0 && shown.every((a) => a === 'Signed in'), shown.join());
        await mine.first().waitFor();

        // The CSV carries the same filter.
        const href = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
        assert.equal(href, '/api/audit-events.csv?action=auth.sign_in');
        const csv = await page.request.get(`${demo.server.url}${href}`);
        assert.equal(csv.status(), 200);
        const lines = (await csv.text()).trim().split('\n');
        assert.equal(lines.length, total + 1, 'a header and each sign-in');
        assert.match(lines[1]!, /admin@attune\.test,admin,.*,auth\.sign_in,/);

        // The address is the view: opened afresh, it shows the same filtered log.
        await page.reload();
        await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
        assert.equal(
          (await page.getByRole('combobox', { name: 'Action' }).innerText()).trim(),
          'Signed in',
        );
        await page.getByRole('status').getByText(matches, { exact: true }).waitFor();
        assert.deepEqual(problems.pageErrors, []);
      });

      it('withdraws a practitioner with a date and reason, lists their open families, and capacity shows it at once', async () => {
        const { page, problems } = session.browser;
        const base = `${demo.server.url}/api/programmes/${session.programmeId}`;
        const practitioners = (
          await apiGet<{ items: Array<{ code: string; status: string }> }>(
            page,
            `${base}/practitioners?pageSize=1000`,
          )
        ).items;
        const families = (
          await apiGet<{
            items: Array<{ reference: string; practitionerCode: string | null; status: string }>;
          }>(page, `${base}/families?pageSize=1000`)
        ).items;
        const openOf = (c: string) =>
          families
            .filter((f) => f.practitionerCode === c && !CLOSED.has(f.status))
            .map((f) => f.reference)
            .sort();
        // An active practitioner with open families (not one the account journey binds to);
        // the 1366 px run has withdrawn its own by the time the 375 px run looks.
        const chosen = practitioners.find(
          (p) =>
            p.status === 'active' &&
            !['P-LA1-02', 'P-LA1-03'].includes(p.code) &&
            openOf(p.code).length > 0,
        );
        assert.ok(chosen, 'an active practitioner with open families');
        const { code } = chosen;
        const openFamilies = openOf(code);

        await openFromNav(page, 'Staff and practitioners');
        const row = page.locator(`[data-testid="practitioners-table"] tr[data-code="${code}"]`);
        await row.waitFor();
        assert.equal(await row.getAttribute('data-status'), 'active');
        await assertFits(page, width, 'Staff and practitioners');
        await row.getByRole('button', { name: `Change status of ${code}` }).click();
        await page
          .getByRole('combobox', { name: 'New status', exact: true })
          .selectOption('withdrawn');
        await page.getByLabel('Date it takes effect', { exact: true }).fill('02/05/2022');
        await page.getByRole('combobox', { name: 'Reason', exact: true }).selectOption('left_post');
        await page.getByRole('button', { name: 'Change status', exact: true }).click();
        // Destructive: nothing is sent before the admin confirms.
        const question = await confirmDialog(page, 'Confirm withdrawal');
        assert.match(question, new RegExp(`Withdraw ${code} from 2 May 2022\\?`));

        const listed = page.getByTestId('open-families');
        await listed.waitFor();
        await page.locator(`tr[data-code="${code}"][data-status="withdrawn"]`).waitFor();
        const references = (
          await listed
            .locator('li')
            .evaluateAll((items) => items.map((item) => item.getAttribute('data-reference') ?? ''))
        ).sort();
        // As text: the page's array and the API's come from other realms than the test's.
        assert.equal(references.join(' '), openFamilies.join(' '));
        const first = listed.getByRole('link', { name: openFamilies[0]! });
        assert.match(
          (await first.getAttribute('href')) ?? '',
          new RegExp(`/families/${openFamilies[0]}$`),
        );
        await assertFits(page, width, 'Staff and practitioners, after withdrawing');

        await openFromNav(page, 'Capacity');
        const capacityRow = page.locator(`tr[data-code="${code}"]`);
        await capacityRow.waitFor();
        assert.equal(await capacityRow.getAttribute('data-status'), 'withdrawn');
        assert.match(await capacityRow.innerText(), /Withdrawn/);
        assert.deepEqual(problems.pageErrors, []);
      });

      it('signs off a month for an LA, then reopens it with a reason', async () => {
        const { page, problems } = session.browser;
        await openFromNav(page, 'Sign-off');
        const la = width === 1366 ? 'LA2' : 'LA3';
        // The LA is chosen from the programme's own LAs, not typed: those the API has now,
        // including the one added by the local authorities journey above.
        const { items } = (await (
          await page.request.get(`${demo.server.url}/api/programmes`)
        ).json()) as { items: Array<{ id: string; localAuthorities: string[] }> };
        const las = items.find((p) => p.id === session.programmeId)?.localAuthorities ?? [];
        assert.ok(las.includes(width === 1366 ? 'LA8' : 'LA9'), las.join(', '));
        const laField = page.getByLabel('Local authority', { exact: true });
        await laField.locator('option', { hasText: las.at(-1) }).waitFor({ state: 'attached' });
        assert.deepEqual(await laField.locator('option').allTextContents(), [
          'Choose a local authority',
          ...las,
        ]);
        await laField.selectOption(la);
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
