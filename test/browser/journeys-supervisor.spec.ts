import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  WIDTHS,
  assertFits,
  confirmDialog,
  openFromNav,
  shownDate,
  demoServer,
  roleSession,
} from '../support/journey.js';

/**
 * The supervisor's main jobs (DESIGN.md's table) and their corrections, at
 * 1366 and 375 px: an individual supervision logged and then deleted, a stage
 * milestone recorded and deleted, a training event recorded and deleted, and
 * who is off track. Each width uses its own trainee and days, so the two runs
 * share one server without meeting.
 */
describe('supervisor journeys in Chromium', () => {
  const demo = demoServer();

  for (const width of WIDTHS) {
    describe(`at ${width} px`, () => {
      const trainee = width === 1366 ? 'P-LA1-04' : 'P-LA1-05';
      // Days after the demo's last supervision, so each new record is the first listed.
      const day = width === 1366 ? '2022-06-29' : '2022-06-28';
      const minutes = width === 1366 ? '83' : '87';
      // As the portal says a duration.
      const shownMinutes = width === 1366 ? '1 h 23 min' : '1 h 27 min';
      const [y, m, d] = day.split('-');
      const typed = `${d}/${m}/${y}`;
      const session = roleSession(demo, width, 'supervisor@attune.test');

      it('logs an individual supervision, sees it listed, then deletes it after confirming', async () => {
        const { page, problems } = session.browser;
        await openFromNav(page, 'Supervision');
        await page.getByLabel('Date', { exact: true }).fill(typed);
        const duration = page.getByLabel('Duration (minutes)');
        await duration.fill(minutes);
        await page.getByRole('checkbox', { name: new RegExp(`\\(${trainee}\\)$`) }).check();
        assert.equal(
          await page.getByRole('radio', { name: 'Individual' }).isChecked(),
          true,
          'one trainee makes an individual session',
        );
        await page.getByRole('button', { name: 'Log supervision' }).click();
        await page
          .getByTestId('message')
          .getByText(
            new RegExp(`^Logged individual supervision on ${shownDate(day)} for ${trainee}\\.$`),
          )
          .waitFor();
        const recent = page
          .getByTestId('recent-sessions')
          .locator('li', { hasText: trainee })
          .filter({ hasText: shownMinutes });
        await recent.getByText(shownMinutes).waitFor();
        await assertFits(page, width, 'Supervision');

        // Through the API: the session is there, in this programme.
        const listed = await page.request.get(
          `${demo.server.url}${new URL(page.url()).pathname.replace(/^\/p\//, '/api/programmes/').replace(/\/supervision$/, '/supervision-sessions')}?pageSize=50`,
        );
        assert.equal(listed.status(), 200);
        const { items } = (await listed.json()) as {
          items: Array<{ date: string; durationMinutes: number }>;
        };
        assert.ok(items.some((s) => s.date === day && s.durationMinutes === Number(minutes)));

        await recent.getByRole('button', { name: /^Delete/ }).click();
        const said = await confirmDialog(page, 'Delete session');
        assert.match(said, /will be deleted/);
        await page
          .getByTestId('message')
          .getByText(new RegExp(`^Deleted the individual supervision of ${shownDate(day)}\\.$`))
          .waitFor();
        await recent.waitFor({ state: 'detached' });
        assert.deepEqual(problems.pageErrors, []);
      });

      it('records a stage milestone for a trainee, then deletes it after confirming', async () => {
        const { page, problems } = session.browser;
        await openFromNav(page, 'Supervision');
        await page
          .getByRole('navigation', { name: 'Supervision records' })
          .getByRole('link', { name: 'Milestones' })
          .click();
        await page.getByRole('heading', { level: 1, name: 'Milestones' }).waitFor();
        await page.getByRole('combobox', { name: 'Trainee', exact: true }).selectOption(trainee);
        await page
          .getByRole('combobox', { name: 'Milestone', exact: true })
          .selectOption('midpoint_review');
        await page.getByLabel('Date', { exact: true }).fill(typed);
        await page.getByRole('radio', { name: 'Passed' }).check();
        await page.getByRole('button', { name: 'Record milestone' }).click();
        await page
          .getByTestId('message')
          .getByText(
            new RegExp(`^Recorded mid-?point review on ${shownDate(day)} for ${trainee}\\.$`),
          )
          .waitFor();
        const row = page
          .getByTestId('milestones')
          .locator('tbody tr', { hasText: trainee })
          .filter({ hasText: /Mid-?point review/i })
          .filter({ hasText: new RegExp(shownDate(day)) });
        await row.waitFor();
        await assertFits(page, width, 'Milestones');

        await row.getByRole('button', { name: /^Delete/ }).click();
        assert.match(await confirmDialog(page, 'Delete milestone'), /will be deleted/);
        await page
          .getByTestId('message')
          .getByText(/^Deleted /)
          .waitFor();
        await row.waitFor({ state: 'detached' });
        assert.deepEqual(problems.pageErrors, []);
      });

      it('records a training event, then deletes it after confirming', async () => {
        const { page, problems } = session.browser;
        await openFromNav(page, 'Supervision');
        await page
          .getByRole('navigation', { name: 'Supervision records' })
          .getByRole('link', { name: 'Training events' })
          .click();
        await page.getByRole('heading', { level: 1, name: 'Training events' }).waitFor();
        await page.getByRole('combobox', { name: 'Type', exact: true }).selectOption('group_day');
        await page.getByLabel('Date', { exact: true }).fill(typed);
        await page.getByLabel('Duration (minutes)').fill('180');
        const venue = `Hall ${width}`;
        await page.getByLabel('Venue (optional)').fill(venue);
        const trainers = page.getByLabel("Trainers' staff codes (separate with commas)");
        if ((await trainers.inputValue()) === '') await trainers.fill('S-01');
        await page.getByRole('checkbox', { name: new RegExp(`\\(${trainee}\\)$`) }).check();
        await page.getByRole('button', { name: 'Record training event' }).click();
        await page
          .getByTestId('message')
          .getByText(new RegExp(`^Recorded group day on ${shownDate(day)}\\.$`, 'i'))
          .waitFor();
        const row = page.getByTestId('training-events').locator('tbody tr', { hasText: venue });
        await row.getByRole('cell', { name: '180', exact: true }).waitFor();
        await assertFits(page, width, 'Training events');

        await row.getByRole('button', { name: /^Delete/ }).click();
        await confirmDialog(page, 'Delete training event');
        await page
          .getByTestId('message')
          .getByText(/^Deleted /)
          .waitFor();
        await row.waitFor({ state: 'detached' });
        assert.deepEqual(problems.pageErrors, []);
      });

      it('sees who is off track for accreditation, most at risk first', async () => {
        const { page, problems } = session.browser;
        await openFromNav(page, 'Supervision');
        const cards = page.getByTestId('risk-order').locator(':scope > li[data-code]');
        await cards.first().waitFor();
        assert.equal(await cards.count(), 6, 'the six trainees of the demo programme');
        // Each card says on or off track in words, not only by colour; the demo has both.
        const tracks = await page.getByTestId('track').allInnerTexts();
        assert.equal(tracks.length, 6);
        assert.ok(
          tracks.every((t) => /(Off track|On track|Withdrawn|Paused)/.test(t)),
          tracks.join(' | '),
        );
        assert.ok(
          tracks.some((t) => /Off track/.test(t)),
          'someone is off track',
        );
        assert.match(tracks[0]!, /Off track/, 'the most at risk comes first');
        await assertFits(page, width, 'Supervision');

        await openFromNav(page, 'Accreditation');
        await page.getByRole('table').first().waitFor();
        assert.match(await page.locator('main').innerText(), /P-LA1-01/);
        await assertFits(page, width, 'Accreditation');
        assert.deepEqual(problems.pageErrors, []);
      });
    });
  }
});
