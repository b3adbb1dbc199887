import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { openBrowser } from '../support/browser.js';
import { demoAccountsFrom } from '../support/demo-accounts.js';
import { HttpClient } from '../support/http.js';
import { type RunningServer, startServer } from '../support/server.js';

interface SessionRow {
  id: string;
  familyReference: string;
  date: string;
  locked: boolean;
}

/**
 * The demo programme ended on 30 June 2022, so My time opens on that week
 * (Monday 27 June to Sunday 3 July) with the 30th as the quick entry's day.
 * LA1's practitioner records 37 minutes of meetings there, sees it in the
 * week, changes it to 52 minutes and deletes it after confirming. Then LA1's
 * manager opens a family of LA1 and deletes one of its sessions after
 * confirming; the API no longer has it.
 */
describe('time and corrections journeys in Chromium', () => {
  let server: RunningServer;
  let password: string;
  let programmeId: string;
  let session: SessionRow;
  let manager: HttpClient;

  beforeAll(async () => {
    server = await startServer();
    ({ password } = demoAccountsFrom(server.output()));
    manager = new HttpClient(server.url);
    const login = await manager.request('POST', '/api/auth/login', {
      email: 'la.manager@attune.test',
      password,
    });
    assert.equal(login.status, 200);
    const { items } = (await (await manager.request('GET', '/api/programmes')).json()) as {
      items: Array<{ id: string }>;
    };
    programmeId = items[0]!.id;
    const sessions = (await (
      await manager.request('GET', `/api/programmes/${programmeId}/family-sessions?pageSize=50`)
    ).json()) as { items: SessionRow[] };
    session = sessions.items.find((s) => !s.locked)!;
    assert.ok(session, 'the demo programme has a session of LA1 to correct');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('a practitioner records time in quick entry, sees it in the week, edits it and deletes it', async () => {
    const browser = await openBrowser();
    try {
      const { page, problems } = browser;
      await page.goto(`${server.url}/`);
      await page.getByLabel('Email address').fill('practitioner@attune.test');
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByLabel('Password', { exact: true }).press('Enter');
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'My time' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'My time' }).waitFor();
      await page.getByText('Week of 27 Jun 2022 to 3 Jul 2022').waitFor();
      assert.equal(await page.getByLabel('Date', { exact: true }).inputValue(), '30/06/2022');

      await page.getByLabel('Activity').selectOption('meetings');
      await page.getByLabel('Minutes').fill('37');
      await page.getByRole('button', { name: 'Log time' }).click();
      await page.getByText('Logged 37 minutes of meetings on 30 Jun 2022.').waitFor();
      const day = page.locator('tbody[data-date="2022-06-30"]');
      await day.getByRole('cell', { name: '37 min', exact: true }).waitFor();

      await page
        .getByRole('button', { name: 'Edit 37 minutes of meetings on Thu 30 Jun 2022' })
        .click();
      await page.getByRole('heading', { name: 'Edit time' }).waitFor();
      assert.equal(await page.getByLabel('Minutes').inputValue(), '37');
      await page.getByLabel('Minutes').fill('52');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByText('Saved: 52 minutes of meetings on 30 Jun 2022.').waitFor();
      await day.getByRole('cell', { name: '52 min', exact: true }).waitFor();
      assert.equal(await day.getByRole('cell', { name: '37 min', exact: true }).count(), 0);

      await page
        .getByRole('button', { name: 'Delete 52 minutes of meetings on Thu 30 Jun 2022' })
        .click();
      const dialog = page.getByRole('alertdialog');
      await dialog.waitFor();
      assert.match(
        await dialog.innerText(),
        /52 minutes of meetings on 30 Jun 2022 will be deleted/,
      );
      await dialog.getByRole('button', { name: 'Delete entry' }).click();
      await page.getByText('Deleted 52 minutes of meetings on 30 Jun 2022.').waitFor();
      // The message comes with the answer; the week is read again after it, so wait for the row to go.
      await day.getByRole('cell', { name: '52 min', exact: true }).waitFor({ state: 'detached' });
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await browser.close();
    }
  });

  it("an LA manager deletes a session of their LA's family after confirming", async () => {
    const browser = await openBrowser();
    try {
      const { page, problems } = browser;
      await page.goto(`${server.url}/`);
      await page.getByLabel('Email address').fill('la.manager@attune.test');
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByLabel('Password', { exact: true }).press('Enter');
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Families' })
        .waitFor();
      await page.goto(`${server.url}/p/${programmeId}/families/${session.familyReference}`);
      const row = page.locator(`[data-testid="family-sessions"] tr[data-id="${session.id}"]`);
      await row.waitFor();
      await row.getByRole('button', { name: /^Delete/ }).click();
      const dialog = page.getByRole('alertdialog');
      await dialog.waitFor();
      // Cancelling first changes nothing.
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'detached' });
      assert.equal(await row.count(), 1);
      await row.getByRole('button', { name: /^Delete/ }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Delete session' }).click();
      await page.getByText(/^Deleted the session of \d+ \w{3} \d{4}\.$/).waitFor();
      await row.waitFor({ state: 'detached' });

      const after = (await (
        await manager.request(
          'GET',
          `/api/programmes/${programmeId}/family-sessions?familyReference=${session.familyReference}&pageSize=1000`,
        )
      ).json()) as { items: SessionRow[] };
      assert.ok(!after.items.some((s) => s.id === session.id), 'the session is gone');
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await browser.close();
    }
  });
});
