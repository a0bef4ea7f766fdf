// The pages in real Chromium against the production build, fed through the real receiver
// with telemetry whose numbers are known.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { startDashboard, type Dashboard } from '../helpers/dashboard';
import { launch, screenshot, watchedPage } from '../helpers/browser';
import { plainExpressBody } from '../helpers/otlp-bodies';
import { runInstrumentedService } from '../helpers/service';
import { sqliteStore, type TestStore } from '../helpers/stores';
import { SLOWEST_PER_MIDDLEWARE } from '../../lib/ingest/exemplars';

const XSS = '<img src=x onerror=alert(1)>';

describe('pages', () => {
  let store: TestStore;
  let dashboard: Dashboard;
  let browser: Browser;

  before(async () => {
    store = sqliteStore();
    dashboard = await startDashboard(store.url);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await dashboard?.stop();
    await store?.cleanup();
  });

  test('empty state says how to send data', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(dashboard.url);
    await page.getByText('No data yet.').waitFor();
    const steps = await page.locator('pre').innerText();
    // Commands that work today: the package installs from a tarball of this repository.
    assert.match(steps, /npm pack \.\/instrumentation\/node\n.*\nnpm install \/path\/to\/hopscope-instrumentation-0\.1\.0\.tgz/);
    assert.match(steps, /OTEL_EXPORTER_OTLP_ENDPOINT=http:\/\/127\.0\.0\.1:\d+ node --require @hopscope\/instrumentation\/register/);
    assert.match(await page.getByRole('status').innerText(), /register\(\{ serviceName: 'my-api', endpoint: 'http:\/\/127\.0\.0\.1:\d+' \}\)/);
    await screenshot(page, 'services-empty');
    assert.deepEqual(problems, []);
  });

  test('services and the ranking show the known figures in the right order', async () => {
    await runInstrumentedService({ endpoint: dashboard.url, service: 'shop', version: '2.0.0', requests: 30, blockMs: 12 });
    const { page, problems } = await watchedPage(browser);
    await page.goto(dashboard.url);
    const row = page.getByRole('row', { name: /shop/ });
    await row.waitFor();
    assert.match(await row.innerText(), /2\.0\.0/);
    await page.getByRole('link', { name: 'shop' }).click();
    await page.getByRole('table', { name: /ranked by total thread occupancy/ }).waitFor();
    const rows = page.getByRole('table', { name: /ranked/ }).locator('tbody tr');
    const first = await rows.first().innerText();
    assert.match(first, /^blocker/);
    assert.match(first, /\b30\b/, 'calls');
    // The answer above the fold, from the data, and the deciding columns without scrolling.
    assert.match(await page.getByTestId('headline').innerText(), /^blocker holds [\d.]+ % of the thread: the ceiling would go from .* req\/s to .* req\/s without it\.$/);
    assert.ok(((await page.getByTestId('headline').boundingBox())?.y ?? 1e9) < 800, 'the answer is above the fold');
    for (const header of ['Share of thread', 'Occupancy / call', 'Stall inflicted', 'Ceiling without it']) {
      const box = await page.getByRole('columnheader', { name: header, exact: true }).boundingBox();
      assert.ok(box !== null && box.x + box.width <= 1280, `${header} is in view at 1280 px: ${JSON.stringify(box)}`);
    }
    const ceiling = await page.getByTestId('ceiling').innerText();
    const rps = Number(ceiling.replace(/[^\d.]/g, ''));
    assert.ok(rps > 40 && rps < 1000 / 12, `ceiling ${ceiling}`);
    assert.ok((await page.locator('.recharts-bar-rectangle').count()) >= 4, 'the occupancy chart draws bars');
    const overTime = page.getByRole('figure', { name: /Per request over time/ });
    assert.ok((await overTime.locator('.recharts-line').count()) >= 3, 'occupancy, time in middleware and hops over time');
    const trend = rows.first().getByRole('img', { name: /blocker, occupancy per call over time: .*ms/ });
    assert.equal(await trend.count(), 1, 'a sparkline per row, labelled with its range');
    assert.match((await trend.locator('path').getAttribute('d')) ?? '', /^M[\d.]+,[\d.]+/);
    await screenshot(page, 'service');

    // Sorting: p50 duration, highest first, then lowest first.
    const header = page.getByRole('columnheader', { name: /p50 duration/ });
    await header.getByRole('button').click();
    assert.equal(await header.getAttribute('aria-sort'), 'descending');
    assert.match(await rows.first().innerText(), /^blocker/);
    await header.getByRole('button').click();
    assert.equal(await header.getAttribute('aria-sort'), 'ascending');
    assert.match(await rows.last().innerText(), /^blocker/);

    // A custom range and a version, from the form: all state in the URL.
    await page.getByRole('combobox', { name: 'version' }).selectOption('2.0.0');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/version=2\.0\.0/);
    assert.match(await page.getByRole('table', { name: /ranked/ }).locator('tbody tr').first().innerText(), /^blocker/);
    await page.getByLabel('from').fill('yesterday');
    await page.getByRole('button', { name: 'Show range' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'ISO-8601' });
    await alert.waitFor();
    assert.match(await alert.innerText(), /from must be an ISO-8601 instant/);
    await page.goto(`${dashboard.url}/services/shop`);

    // Drill down into the blocking middleware.
    await page.getByRole('link', { name: 'blocker' }).click();
    await page.getByRole('heading', { name: 'blocker' }).waitFor();
    await page.getByRole('table', { name: /highest occupancy first/ }).waitFor();
    assert.match(await page.locator('.kpi').first().innerText(), /Calls\s+30/);
    assert.match(await page.getByRole('table', { name: /Routes/ }).innerText(), /GET \/items\/:id\s+30/);
    // Stored: blocker's three slowest spans and its spans in the kept requests (three
    // slowest, two at random), which may be the same ones: three at least. By default the
    // ones that held the thread longest come first; each column sorts from its header.
    const column = async (table: RegExp, header: string) => {
      const t = page.getByRole('table', { name: table });
      const headers = await t.locator('thead th').allInnerTexts();
      const i = headers.findIndex((h) => h.startsWith(header)) + 1;
      return (await t.locator(`tbody tr td:nth-child(${i})`).allInnerTexts()).map((d) => Number(/^([\d.]+) ms$/.exec(d)?.[1]));
    };
    const occupancies = await column(/highest occupancy first/, 'Occupancy');
    assert.ok(occupancies.length >= SLOWEST_PER_MIDDLEWARE, `${occupancies.length} sampled invocations`);
    assert.ok(occupancies.every((d, i) => d >= 11.5 && (i === 0 || d <= occupancies[i - 1])), `occupancies ${occupancies.join(', ')}`);
    assert.equal(await page.getByRole('table', { name: /Sampled invocations/ }).locator('tbody tr td:nth-child(3)').first().innerText(), '2.0.0', 'the version column');
    assert.ok((await page.locator('figure[aria-label="Occupancy per call"] .recharts-bar-rectangle').count()) >= 1);
    await screenshot(page, 'middleware');
    await page.getByRole('link', { name: 'Duration' }).click();
    await page.waitForURL(/sort=duration/);
    const durations = await column(/highest duration first/, 'Duration');
    assert.ok(durations.every((d, i) => d >= 12 && (i === 0 || d <= durations[i - 1])), `durations ${durations.join(', ')}`);
    assert.match(page.url(), /range=1h/, 'the sort link keeps the range');

    // The slowest request's timeline: the whole chain, in order.
    await page.getByRole('table', { name: /highest duration first/ }).locator('tbody').getByRole('link').first().click();
    const chain = page.getByRole('table', { name: /middleware in order/ });
    await chain.waitFor();
    const names = await chain.locator('tbody tr td:first-child').allInnerTexts();
    assert.deepEqual(names, ['blocker', 'waiter', 'hasher', 'getItem']);
    // A 12 ms busy-wait (the slowest request's, so maybe a little more): all of it on the thread.
    const firstRow = /^blocker\s+\+0 µs\s+(\d+) ms\s+(\d+) ms/.exec(await chain.locator('tbody tr').first().innerText());
    assert.ok(firstRow !== null && Number(firstRow[1]) >= 12 && firstRow[1] === firstRow[2], `first row: ${firstRow?.[0]}`);
    await screenshot(page, 'trace');
    assert.deepEqual(problems, []);
  });

  test('live mode shows new data arriving without a reload', async () => {
    await runInstrumentedService({ endpoint: dashboard.url, service: 'livepage', requests: 10, blockMs: 3 });
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${dashboard.url}/services/livepage`);
    await page.getByRole('link', { name: 'Live' }).click();
    const blockerRow = page.getByRole('row', { name: /^blocker/ });
    await blockerRow.waitFor();
    assert.match(await blockerRow.innerText(), /\b10\b/);
    // A reload would drop this marker.
    await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
    await runInstrumentedService({ endpoint: dashboard.url, service: 'livepage', requests: 15, blockMs: 3 });
    await page.waitForFunction(() => /\b25\b/.test((document.querySelector('tbody tr') as HTMLElement | null)?.innerText ?? ''), null, {
      timeout: 10_000,
    });
    assert.equal(await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage), true, 'no reload');
    assert.match(await page.getByRole('status').first().innerText(), /Live/);
    await screenshot(page, 'service-live');
    assert.deepEqual(problems, []);
  });

  test('names from telemetry render as text, never as markup', async () => {
    const res = await fetch(`${dashboard.url}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-protobuf' },
      body: Buffer.from(plainExpressBody('xss', 1, 1, XSS)),
    });
    assert.equal(res.status, 200);
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${dashboard.url}/services/xss?range=15m`);
    await page.getByText(XSS).first().waitFor();
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    await page.getByRole('link', { name: XSS }).click();
    await page.getByRole('heading', { name: XSS }).waitFor();
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    await screenshot(page, 'service-xss');
    assert.deepEqual(problems, []);
  });

  test('unknown pages are real 404s with a way back', async () => {
    await runInstrumentedService({ endpoint: dashboard.url, service: 'known', version: '1', requests: 5, blockMs: 1 });
    const { page, problems } = await watchedPage(browser);
    for (const [path, what] of [
      ['/services/nope', /No service of that name/],
      ['/services/nope/compare', /No service of that name/],
      ['/services/known/traces/0123456789abcdef0123456789abcdef', /No sampled request/],
      ['/nothing/here', /no page at this address/],
    ] as const) {
      const res = await page.goto(dashboard.url + path);
      assert.equal(res?.status(), 404, path);
      assert.match(await page.getByRole('status').first().innerText(), what, path);
      assert.equal(await page.getByRole('link', { name: 'Services' }).last().getAttribute('href'), '/', `${path}: a way back`);
    }
    await screenshot(page, 'not-found');
    // Next.js logs a missing resource as a console error of its own; nothing else may appear.
    assert.deepEqual(problems.filter((p) => !/404/.test(p)), []);
  });

  test('compare marks the known fix better and the known regression worse', async () => {
    await runInstrumentedService({ endpoint: dashboard.url, service: 'cmp', version: 'slow', requests: 40, blockMs: 12 });
    await runInstrumentedService({ endpoint: dashboard.url, service: 'cmp', version: 'fast', requests: 40, blockMs: 2 });
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${dashboard.url}/services/cmp`);
    await page.getByRole('link', { name: 'Compare versions' }).click();
    // Defaults: the two newest versions, older as A.
    await page.getByRole('table', { name: /compared/ }).waitFor();
    const blocker = page.getByRole('row', { name: /^blocker/ });
    assert.match(await blocker.innerText(), /▼ better/);
    assert.equal(await blocker.getAttribute('data-thread'), 'better', 'the thread verdict');
    assert.equal(await blocker.getAttribute('data-latency'), 'better', 'the latency verdict: 12 ms of busy-waiting gone');
    assert.match(await page.getByTestId('ceiling-change').innerText(), /\(\+\d+ %\)/, 'the ceiling change as a share');
    assert.match(await page.getByTestId('ceiling-change').innerText(), /req\/s → .*req\/s/);
    // At least the blocker's bar (a zero change draws no rectangle).
    assert.ok((await page.locator('.recharts-bar-rectangle').count()) >= 1);
    await screenshot(page, 'compare');
    await page.selectOption('select[name=a]', 'fast');
    await page.selectOption('select[name=b]', 'slow');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.waitForURL(/a=fast&b=slow/);
    assert.match(await page.getByRole('row', { name: /^blocker/ }).innerText(), /▲ worse/);

    // Two time ranges: everything in the last two hours against itself is unchanged.
    const from = new Date(Date.now() - 7_200_000).toISOString();
    const to = new Date(Date.now() + 60_000).toISOString();
    for (const [k, v] of [['aFrom', from], ['aTo', to], ['bFrom', from], ['bTo', to]]) await page.getByLabel(k).fill(v);
    await page.getByRole('button', { name: 'Compare ranges' }).click();
    await page.waitForURL(/aFrom=/);
    assert.match(await page.getByRole('row', { name: /^blocker/ }).innerText(), /= unchanged/);
    assert.deepEqual(problems, []);
  });
});
