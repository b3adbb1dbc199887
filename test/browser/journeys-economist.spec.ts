import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { WIDTHS, assertFits, openFromNav, demoServer, roleSession } from '../support/journey.js';

/**
 * The economist's jobs no other journey does (DESIGN.md's table), at 1366
 * and 375 px: a year of the price index set, and a resource added and then
 * deleted after seeing what it does to the total. Unit costs, the cost
 * summary and the workbook are prices.spec, economist.spec, ledger.spec and
 * keyboard.spec (test/browser/README.md). Each width uses its own year and
 * resource.
 */
describe('economist journeys in Chromium', () => {
  const demo = demoServer();

  for (const width of WIDTHS) {
    describe(`at ${width} px`, () => {
      const session = roleSession(demo, width, 'economist@attune.test');

      it('sets a year of the price index, and the API gives it', async () => {
        const { page, problems } = session.browser;
        await openFromNav(page, 'Price index');
        const year = width === 1366 ? '2023' : '2019';
        const index = width === 1366 ? '107.25' : '96.5';
        await page.getByRole('button', { name: 'Set a year' }).click();
        await page.getByRole('textbox', { name: 'Year', exact: true }).fill(year);
        await page.getByRole('textbox', { name: 'Index', exact: true }).fill(index);
        await page.getByRole('button', { name: 'Save', exact: true }).click();
        const row = page
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name: year }) });
        await row.getByRole('cell', { name: index }).waitFor();
        await assertFits(page, width, 'Price index');
        const listed = (await (
          await page.request.get(
            `${demo.server.url}/api/programmes/${session.programmeId}/price-index`,
          )
        ).json()) as { items: Array<{ year: number; index: string | number }> };
        assert.ok(
          listed.items.some((i) => String(i.year) === year && Number(i.index) === Number(index)),
          JSON.stringify(listed.items),
        );
        assert.deepEqual(problems.pageErrors, []);
      });

      it('adds a resource, sees it listed, then deletes it after confirming', async () => {
        const { page, problems } = session.browser;
        await openFromNav(page, 'Resources');
        const description = `Tripod for filming ${width}`;
        await page.getByRole('button', { name: 'Add a resource' }).click();
        await page.getByLabel('Description', { exact: true }).fill(description);
        await page.getByLabel('Category', { exact: true }).selectOption('equipment');
        await page.getByLabel('LA code (empty: programme-wide)', { exact: true }).fill('LA1');
        await page.getByLabel('Cost type', { exact: true }).selectOption('setup');
        await page.getByLabel('Quantity', { exact: true }).fill('2');
        await page.getByLabel('Unit cost (£)', { exact: true }).fill('24.50');
        await page.getByLabel('Price year', { exact: true }).fill('2021');
        await page.getByLabel('Useful life (years)', { exact: true }).fill('3');
        await page.getByLabel('Who bears it', { exact: true }).selectOption('la');
        await page.getByLabel('Date', { exact: true }).fill('14/06/2021');
        await page.getByRole('button', { name: 'Save', exact: true }).click();
        const row = page.getByRole('row').filter({
          has: page.getByRole('rowheader', { name: description, exact: true }),
        });
        await row.getByText('£24.50').waitFor();
        await assertFits(page, width, 'Resources');

        await row.getByRole('button', { name: `Delete ${description}` }).click();
        await row.getByRole('button', { name: 'Cancel' }).waitFor();
        await row.getByRole('button', { name: `Delete ${description}`, exact: true }).click();
        await row.waitFor({ state: 'detached' });
        const listed = (await (
          await page.request.get(
            `${demo.server.url}/api/programmes/${session.programmeId}/resources?pageSize=200`,
          )
        ).json()) as { items: Array<{ description: string }> };
        assert.ok(!listed.items.some((r) => r.description === description), 'gone from the API');
        assert.deepEqual(problems.pageErrors, []);
      });
    });
  }
});
