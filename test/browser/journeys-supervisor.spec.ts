import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import {
  WIDTHS,
  assertFits,
  confirmDialog,
  openFromNav,
  shownDate,
  demoServer,
  roleSession,
} from '../support/journey.js';

/** The trainees in the dashboard's risk order, by staff code. */
async function riskOrder(page: Page): Promise<string[]> {
  return page
    .getByTestId('risk-order')
    .locator(':scope > li[data-code]')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-code') ?? ''));
}

async function supervisionOf(page: Page, code: string): Promise<string> {
  return page.locator(`li[data-code="${code}"]`).getByTestId('supervision-hours').innerText();
}

async function until<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
): Promise<T> {
  const deadline = Date.now() + 15_000;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

/**
 * The supervisor's main jobs (DESIGN.md's table) and their corrections, at
 * 1366 and 375 px: an individual supervision logged and then deleted, a stage
 * milestone recorded and deleted, a training event recorded and deleted, who
 * is off track, and a group supervision logged by keyboard. Each width uses its own trainee and days, so the two runs
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

      // Last: it sets the page's "as of" day, which the tests above read at its default.
      it('logs a group supervision for three trainees by keyboard and shows their hours and risk order change', async () => {
        const { page, problems } = session.browser;
        // The demo's first weeks, when nobody had been supervised yet, so the order is by code.
        // The 375 px run looks a week earlier than the 1366 px run's session.
        const [asOfDay, asOfShown, sessionDay, sessionShown] =
          width === 1366
            ? ['01/09/2021', '1 Sep 2021', '31/08/2021', '31 Aug 2021']
            : ['25/08/2021', '25 Aug 2021', '24/08/2021', '24 Aug 2021'];
        await openFromNav(page, 'Supervision');
        const asOf = page.getByLabel('Show progress as of', { exact: true });
        // Its calendar button is beside the field, not at the far edge of the column.
        const field = (await asOf.boundingBox())!;
        const calendar = (await page
          .getByRole('button', { name: 'Choose the date to show progress as of from a calendar' })
          .boundingBox())!;
        assert.ok(
          calendar.x - (field.x + field.width) < 24,
          `calendar button ${Math.round(calendar.x - field.x - field.width)} px from its field`,
        );
        await asOf.fill(asOfDay);
        await asOf.press('Tab');
        await page.getByText(`As of ${asOfShown};`).waitFor();
        const before = await until(
          () => riskOrder(page),
          (o) => o.length === 6 && o[0] === 'P-LA1-01',
          'six trainees by code',
        );
        assert.deepEqual(before, [
          'P-LA1-01',
          'P-LA1-02',
          'P-LA1-03',
          'P-LA1-04',
          'P-LA1-05',
          'P-LA1-06',
        ]);
        assert.equal(await supervisionOf(page, 'P-LA1-02'), '0 sessions, 0 min supervision');
        assert.match(
          await page.locator('li[data-code="P-LA1-02"]').getByTestId('gap').innerText(),
          /Over four weeks without supervision/,
        );
        await assertFits(page, width, 'Supervision, as of a day');

        // The form, by keyboard only: date, duration, three ticks (Space), submit (Enter).
        await page.getByLabel('Date', { exact: true }).fill(sessionDay);
        await page.getByLabel('Duration (minutes)', { exact: true }).focus();
        await page.keyboard.press('Control+A');
        await page.keyboard.type('90');
        const group = ['P-LA1-01', 'P-LA1-02', 'P-LA1-03'];
        for (const code of group) {
          const box = page.getByRole('checkbox', { name: new RegExp(`\\(${code}\\)$`) });
          await box.focus();
          await page.keyboard.press('Space');
          assert.equal(await box.isChecked(), true, `${code} ticked`);
        }
        assert.equal(
          await page.getByRole('radio', { name: 'Group' }).isChecked(),
          true,
          'three trainees make a group',
        );
        assert.equal(await page.getByRole('radio', { name: 'In person' }).isChecked(), true);
        await page.getByRole('button', { name: 'Log supervision' }).focus();
        await page.keyboard.press('Enter');
        const outcome = page.locator(
          '[data-testid="message"], [data-testid="save-error"], [data-testid="form-problem"]',
        );
        await outcome.first().waitFor();
        assert.equal(
          (await outcome.allInnerTexts()).join(' | '),
          `Logged group supervision on ${sessionShown} for P-LA1-01, P-LA1-02, P-LA1-03.`,
        );

        const afterOrder = await until(
          () => riskOrder(page),
          (o) => o[0] === 'P-LA1-04',
          'the risk order to change',
        );
        assert.deepEqual(afterOrder, [
          'P-LA1-04',
          'P-LA1-05',
          'P-LA1-01',
          'P-LA1-02',
          'P-LA1-03',
          'P-LA1-06',
        ]);
        for (const code of group) {
          assert.equal(await supervisionOf(page, code), '1 session, 1 h 30 min supervision', code);
          assert.match(
            await page.locator(`li[data-code="${code}"]`).getByTestId('gap').innerText(),
            new RegExp(`^Last supervised ${sessionShown} \\(1 day ago\\)$`),
          );
        }
        assert.equal(await supervisionOf(page, 'P-LA1-04'), '0 sessions, 0 min supervision');
        // The form is ready for the next session.
        assert.equal(
          await page.getByRole('checkbox', { name: /\(P-LA1-01\)$/ }).isChecked(),
          false,
        );
        await assertFits(page, width, 'Supervision, after a group session');
        assert.deepEqual(problems.pageErrors, []);
      });
    });
  }
});
