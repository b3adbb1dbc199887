import { beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { valueLabel } from '@attune/domain';
import { HttpClient } from '../support/http.js';
import {
  WIDTHS,
  apiGet,
  assertFits,
  openFromNav,
  demoServer,
  roleSession,
} from '../support/journey.js';
import { ledgerMinutes } from '../support/ledger-minutes.js';
import { chartTextCut } from '../support/phone.js';
import { csvRows, unzip } from '../support/package-zip.js';

/** Pounds with two decimals as whole pence, and back, by BigInt: exact. */
const pence = (pounds: string): bigint => BigInt(pounds.replace('.', ''));
const pounds = (p: bigint): string => {
  const digits = p.toString().padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
};
/** As the portal shows money: "£1,234,567.50" (regrouped as text, as money should be). */
const shown = (value: string): string => {
  const [whole, decimals] = value.split('.');
  return `£${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${decimals}`;
};

interface UnitCost {
  id: string;
  costRole: string;
  hourlyCost: string;
  priceYear: number;
  effectiveFrom: string | null;
  effectiveTo: string | null;
}

interface CostSummary {
  totals: { total: string };
  byLocalAuthority: Array<{ code: string; total: string }>;
  byActivity: Array<{ activity: string; cost: string }>;
}

/**
 * The economist's main jobs (DESIGN.md's table), at 1366 and 375 px: a unit
 * cost changed (its preview, then the total moving by the minutes times the
 * rate difference), a year of the price index set, a resource added and then
 * deleted, the cost summary as the API gives it with no member of staff named,
 * traced to its ledger lines, the one-way sensitivity read as its chart and
 * table, and the workbook exported and downloaded. Each
 * width uses its own year, resource and rate; the totals are read afresh.
 */
describe('economist journeys in Chromium', () => {
  const demo = demoServer();
  /** The admin's package (real names, every record): what the ledger is checked against. */
  let entries: Map<string, Buffer>;

  beforeAll(async () => {
    const asAdmin = new HttpClient(demo.server.url);
    const login = await asAdmin.post('/api/auth/login', {
      email: 'admin@attune.test',
      password: demo.password,
    });
    assert.equal(login.status, 200);
    const { items } = (await (await asAdmin.get('/api/programmes')).json()) as {
      items: Array<{ id: string }>;
    };
    const zip = await asAdmin.get(`/api/programmes/${items[0]!.id}/package`);
    assert.equal(zip.status, 200);
    entries = unzip(Buffer.from(await zip.arrayBuffer()));
  });

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
        await assertFits(page, width, 'Price index, its form');
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
        await assertFits(page, width, 'Resources, the form');
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

      it('changes a unit cost: sees the preview, saves, and the total moves by the minutes times the rate difference', async () => {
        const { page, problems } = session.browser;
        const base = `${demo.server.url}/api/programmes/${session.programmeId}`;
        const total = async () =>
          (await apiGet<CostSummary>(page, `${base}/cost-summary`)).totals.total;
        const programme = (
          await apiGet<{ items: Array<{ id: string; priceYear: number }> }>(
            page,
            `${demo.server.url}/api/programmes`,
          )
        ).items.find((p) => p.id === session.programmeId)!;
        // The admin staff's rate, priced in the programme's own year: no index ratio to apply.
        const unitCost = (
          await apiGet<{ items: UnitCost[] }>(page, `${base}/unit-costs?pageSize=1000`)
        ).items.find((u) => u.costRole === 'admin_staff');
        assert.ok(unitCost, 'the demo has an admin_staff unit cost');
        assert.equal(unitCost.priceYear, programme.priceYear);
        const minutes = ledgerMinutes(
          entries,
          'admin_staff',
          unitCost.effectiveFrom,
          unitCost.effectiveTo,
        );
        assert.ok(minutes > 0, 'admin staff have time on the ledger');
        const totalBefore = await total();
        // 60p an hour more is exactly a penny a minute: the total moves by `minutes` pence.
        const newRate = pounds(pence(unitCost.hourlyCost) + 60n);
        const expected = pounds(pence(totalBefore) + BigInt(minutes));

        await openFromNav(page, 'Unit costs');
        await page.waitForURL(`**/p/${session.programmeId}/unit-costs`);
        await page
          .getByRole('button', {
            name: `Edit unit cost ${unitCost.id}, ${valueLabel('admin_staff')}`,
          })
          .click();
        const rate = page.getByLabel('Hourly cost (£)', { exact: true });
        assert.equal(await rate.inputValue(), unitCost.hourlyCost);
        await rate.fill(newRate);
        await page
          .getByRole('status')
          .filter({ hasText: 'This change moves the total' })
          .filter({ hasText: `from ${shown(totalBefore)} to ${shown(expected)}` })
          .waitFor();
        await assertFits(page, width, 'Unit costs, a preview');
        // A dry run: nothing is saved until Save.
        assert.equal(await total(), totalBefore);

        await page.getByRole('button', { name: 'Save', exact: true }).click();
        await page.getByText('The unit cost was saved.').waitFor();
        await page.getByRole('cell', { name: shown(newRate) }).waitFor();
        assert.equal(await total(), expected);
        await assertFits(page, width, 'Unit costs, saved');

        await openFromNav(page, 'Costs');
        await page
          .getByTestId('total-cost')
          .filter({ hasText: shown(expected) })
          .waitFor();
        assert.deepEqual(problems.pageErrors, []);
      });

      it('reads the cost summary as the API gives it, names no member of staff, and traces the LA1 bar to its ledger lines', async () => {
        const { page, problems } = session.browser;
        const summary = await apiGet<CostSummary>(
          page,
          `${demo.server.url}/api/programmes/${session.programmeId}/cost-summary`,
        );
        await openFromNav(page, 'Costs');
        // The only programme opens by itself, and the address names it.
        await page.waitForURL(`**/p/${session.programmeId}/costs`);
        const total = page.getByTestId('total-cost');
        await total.waitFor();
        assert.equal((await total.innerText()).trim(), shown(summary.totals.total));

        // The chart speaks, and its figures are in a table too, programme-wide row included.
        // A group, not an image: its bars are links to their ledger lines.
        const chart = page.getByRole('group', {
          name: /^Total cost by local authority: bar chart/,
        });
        await chart.waitFor();
        const laTable = page.getByRole('table', {
          name: /Total cost by local authority, as a table/,
        });
        await laTable.getByRole('rowheader', { name: 'Programme-wide' }).waitFor();
        await laTable.getByRole('rowheader', { name: 'LA1' }).waitFor();
        await page
          .getByRole('group', { name: /^Staff time cost by activity: bar chart/ })
          .waitFor();
        await assertFits(page, width, 'Costs');
        // Every chart's words whole (the cumulative total's top was cut off at 375 px).
        assert.deepEqual(await chartTextCut(page), []);

        // No member of staff by name: the admin's package has their names, the page must not.
        const names = csvRows(entries, 'staff.csv').map((s) => s['display_name']!);
        assert.ok(names.length >= 21 && names.every((n) => n.length > 3));
        const html = await page.content();
        const text = await page.locator('body').innerText();
        assert.deepEqual(
          names.filter((name) => html.includes(name) || text.includes(name)),
          [],
          'no staff display name anywhere on the page',
        );

        const la1 = summary.byLocalAuthority.find((r) => r.code === 'LA1')!;
        await chart
          .getByRole('link', { name: `LA1 ${shown(la1.total)}: show its ledger lines` })
          .click();
        await page.waitForURL(`**/p/${session.programmeId}/ledger?laCode=LA1`);
        await page.getByRole('heading', { level: 1, name: 'Ledger' }).waitFor();
        const ledgerTotal = page.getByTestId('ledger-total-cost');
        await ledgerTotal.filter({ hasText: shown(la1.total) }).waitFor();
        assert.equal((await ledgerTotal.innerText()).trim(), shown(la1.total));
        // The lines are LA1's, pseudonymised; the filter is editable and the CSV has the same filter.
        const rows = page.getByRole('table', { name: /Ledger lines/ }).getByRole('row');
        assert.ok((await rows.count()) > 2, 'lines are listed');
        assert.equal(await page.getByLabel('Local authority', { exact: true }).inputValue(), 'LA1');
        const csv = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
        assert.equal(csv, `/api/programmes/${session.programmeId}/ledger.csv?laCode=LA1`);
        await assertFits(page, width, 'Ledger');

        // Back on the costs page, a row of the activity table by keyboard alone.
        await page.goBack();
        await page.getByTestId('total-cost').waitFor();
        const travel = summary.byActivity.find((r) => r.activity === 'travel')!;
        await page
          .getByRole('table', { name: /Staff time cost by activity, as a table/ })
          .getByRole('link', { name: /^Travel/ })
          .focus();
        await page.keyboard.press('Enter');
        await page.waitForURL(`**/p/${session.programmeId}/ledger?activity=travel`);
        await ledgerTotal.filter({ hasText: shown(travel.cost) }).waitFor();

        // Editing the filter narrows the lines and keeps the address in step.
        await page.getByLabel('Local authority', { exact: true }).fill('LA1');
        await page.getByRole('button', { name: 'Apply filter' }).click();
        await page.waitForURL(`**/p/${session.programmeId}/ledger?laCode=LA1&activity=travel`);
        await page
          .getByRole('status')
          .filter({ hasText: /lines?,/ })
          .waitFor();
        await assertFits(page, width, 'Ledger, filtered');
        assert.deepEqual(problems.pageErrors, []);
      });

      it('reads the one-way sensitivity as a tornado chart with every label whole, and its table', async () => {
        const { page, problems } = session.browser;
        await openFromNav(page, 'Sensitivity');
        const chart = page.getByRole('img', {
          name: /^One-way sensitivity around a base of £[\d,]+\.\d{2}: tornado chart/,
        });
        await chart.waitFor();
        const table = page.getByRole('table', { name: 'One-way sensitivity, widest range first' });
        await table
          .getByRole('rowheader', { name: 'Unit cost: educational psychologist' })
          .waitFor();
        // The longest assumptions' names were cut off at the chart's left edge.
        assert.deepEqual(await chartTextCut(page), []);
        await assertFits(page, width, 'Sensitivity');
        assert.deepEqual(problems.pageErrors, []);
      });

      it('exports the workbook and downloads it', async () => {
        const { page, problems } = session.browser;
        await openFromNav(page, 'Export workbook');
        await page.getByRole('button', { name: /^Export workbook/ }).click();
        const link = page.getByTestId('download');
        await link.waitFor({ timeout: 180_000 });
        await page.getByTestId('announcement').filter({ hasText: /\S/ }).waitFor();
        await assertFits(page, width, 'Export workbook, ready');
        const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
        assert.match(download.suggestedFilename(), /\.xlsx$/);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(await download.path());
        assert.ok(workbook.worksheets.length >= 3, 'a workbook of several sheets');
        assert.deepEqual(problems.pageErrors, []);
      });
    });
  }
});
