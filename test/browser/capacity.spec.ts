import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { openBrowser } from '../support/browser.js';
import { demoAccountsFrom } from '../support/demo-accounts.js';
import { HttpClient } from '../support/http.js';
import { type RunningServer, startServer } from '../support/server.js';

/**
 * The demo programme's LA1 has P-LA1-06 with three families, below the
 * minimum of six (they withdrew later in the programme). Before the browser
 * opens, the LA manager records through the API a referral of October 2021
 * randomised to intervention, allocated to P-LA1-06 and active from
 * 2021-10-11 with no session since: overdue work. In Chromium the manager then signs in, sees P-LA1-06 marked below
 * the minimum on the capacity page, opens them, and sees that family among
 * theirs and under overdue work.
 */
describe('LA manager capacity journey in Chromium', () => {
  let server: RunningServer;
  let password: string;
  let overdueReference: string;

  beforeAll(async () => {
    server = await startServer();
    ({ password } = demoAccountsFrom(server.output()));
    const api = new HttpClient(server.url);
    assert.equal(
      (await api.request('POST', '/api/auth/login', { email: 'la.manager@attune.test', password }))
        .status,
      200,
    );
    const { items } = (await (await api.request('GET', '/api/programmes')).json()) as {
      items: Array<{ id: string }>;
    };
    const families = `/api/programmes/${items[0]!.id}/families`;
    for (let attempt = 0; attempt < 12; attempt++) {
      const referred = await api.request('POST', families, {
        referralDate: '2021-10-01',
        childBirthMonth: '2021-06',
        planAtReferral: 'CP',
        courtProceedings: false,
      });
      assert.equal(referred.status, 201, await referred.clone().text());
      const { family } = (await referred.json()) as {
        family: { reference: string; version: number };
      };
      // The baseline questionnaire comes before randomisation (409 baseline_missing otherwise).
      const baseline = await api.request('PATCH', `${families}/${family.reference}`, {
        version: family.version,
        baselineCompletedOn: '2021-10-02',
      });
      assert.equal(baseline.status, 200, await baseline.clone().text());
      const randomised = (await (
        await api.request('POST', `${families}/${family.reference}/randomise`, {
          date: '2021-10-04',
        })
      ).json()) as { trialArm: string; version: number };
      if (randomised.trialArm !== 'intervention') continue;
      const allocated = await api.request('POST', `${families}/${family.reference}/allocation`, {
        practitionerCode: 'P-LA1-06',
        date: '2021-10-06',
        version: randomised.version,
      });
      assert.equal(allocated.status, 201, await allocated.clone().text());
      const { family: now } = (await allocated.json()) as { family: { version: number } };
      const active = await api.request('POST', `${families}/${family.reference}/status`, {
        status: 'active',
        date: '2021-10-11',
        version: now.version,
      });
      assert.equal(active.status, 201, await active.clone().text());
      overdueReference = family.reference;
      break;
    }
    assert.ok(overdueReference, 'a family randomised to intervention within 12 referrals');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('shows a practitioner below the minimum, and their families and overdue work', async () => {
    const browser = await openBrowser();
    try {
      const { page, problems } = browser;
      await page.goto(`${server.url}/`);
      await page.getByLabel('Email address').fill('la.manager@attune.test');
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByLabel('Password', { exact: true }).press('Enter');
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Capacity' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Capacity' }).waitFor();

      const row = page.locator('tr[data-code="P-LA1-06"]');
      await row.waitFor();
      assert.equal(await row.getAttribute('data-below-minimum'), 'true');
      // Marked in words, not by colour alone.
      assert.match(await row.innerText(), /Below minimum/);
      assert.equal(await page.locator('tr[data-below-minimum="true"]').count(), 1);
      assert.doesNotMatch(
        await page.locator('tr[data-code="P-LA1-01"]').innerText(),
        /Below minimum/,
      );
      // The intake chart has its text alternative.
      assert.match(
        (await page.locator('figure svg desc').textContent()) ?? '',
        /referrals and \d+ randomisations/,
      );

      await row.getByRole('link', { name: 'P-LA1-06' }).click();
      await page.getByRole('heading', { level: 1, name: 'Practitioner P-LA1-06' }).waitFor();
      await page.locator(`tr[data-reference="${overdueReference}"]`).waitFor();
      assert.match(
        await page.getByTestId('caseload').innerText(),
        /4 families allocated\s+⚠ Below the programme's minimum caseload/,
      );
      assert.match(
        await page.getByTestId('overdue-work').innerText(),
        new RegExp(`${overdueReference}: no held session since 11 Oct 2021`),
      );
      assert.match(
        await page.locator(`tr[data-reference="${overdueReference}"]`).innerText(),
        /Overdue: no held session for over 14 days/,
      );
      // Their other families are listed too (three from the demo programme).
      assert.equal(await page.locator('table.families tbody tr[data-reference]').count(), 4);
      assert.deepEqual(problems.consoleErrors, []);
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await browser.close();
    }
  });
});
