// The pages in real Chromium against the production build, fed through the real receiver
// with telemetry whose numbers are known.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { startDashboard, type Dashboard } from '../helpers/dashboard';
import { launch, screenshot, watchedPage } from '../helpers/browser';
import { middlewareMetricsJson, plainExpressBody } from '../helpers/otlp-bodies';
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
    assert.match(
      steps,
      /npm pack \.\/instrumentation\/node\n.*\nnpm install \/path\/to\/hopscope-instrumentation-0\.1\.0\.tgz/,
    );
    assert.match(
      steps,
      /OTEL_EXPORTER_OTLP_ENDPOINT=http:\/\/127\.0\.0\.1:\d+ node --require @hopscope\/instrumentation\/register/,
    );
    assert.match(
      await page.getByRole('status').innerText(),
      /register\(\{ serviceName: 'my-api', endpoint: 'http:\/\/127\.0\.0\.1:\d+' \}\)/,
    );
    await screenshot(page, 'services-empty');
    assert.deepEqual(problems, []);
  });

  test('services and the ranking show the known figures in the right order', async () => {
    await runInstrumentedService({
      endpoint: dashboard.url,
      service: 'shop',
      version: '2.0.0',
      requests: 30,
      blockMs: 12,
    });
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
    assert.match(
      await page.getByTestId('headline').innerText(),
      /^blocker holds [\d.]+ % of the thread: the ceiling would go from .* req\/s to at least .* req\/s without it\.$/,
    );
    assert.ok(((await page.getByTestId('headline').boundingBox())?.y ?? 1e9) < 800, 'the answer is above the fold');
    for (const header of [
      'Share of thread',
      'Occupancy / call',
      'p95 occupancy',
      'Stall inflicted',
      'Ceiling without it',
      'Calls',
      'Errors',
    ]) {
      const box = await page.getByRole('columnheader', { name: header, exact: true }).boundingBox();
      assert.ok(box !== null && box.x + box.width <= 1280, `${header} is in view at 1280 px: ${JSON.stringify(box)}`);
    }
    const wrap = page.locator('.table-wrap').filter({ has: page.getByRole('table', { name: /ranked/ }) });
    const [scrollWidth, clientWidth] = await wrap.evaluate((e) => [e.scrollWidth, e.clientWidth]);
    assert.ok(
      scrollWidth <= clientWidth,
      `the ranking fits without scrolling sideways: ${scrollWidth} > ${clientWidth}`,
    );
    assert.match(
      await page.getByTestId('ceiling-binding').innerText(),
      /^Bound by the event loop \(.* of the thread a request\)\./,
    );
    const ceiling = await page.getByTestId('ceiling').innerText();
    const rps = Number(ceiling.replace(/[^\d.]/g, ''));
    assert.ok(rps > 40 && rps < 1000 / 12, `ceiling ${ceiling}`);
    assert.ok((await page.locator('.recharts-bar-rectangle').count()) >= 4, 'the occupancy chart draws bars');
    const overTime = page.getByRole('figure', { name: /Per request over time/ });
    assert.ok(
      (await overTime.locator('.recharts-line').count()) >= 3,
      'occupancy, time in middleware and hops over time',
    );
    const trend = rows.first().getByRole('img', { name: /blocker, occupancy per call over time: .*ms/ });
    assert.equal(await trend.count(), 1, 'a sparkline per row, labelled with its range');
    assert.match((await trend.locator('path').getAttribute('d')) ?? '', /^M[\d.]+,[\d.]+/);
    await screenshot(page, 'service');

    // The detail columns behind their toggle; sorting: p50 duration, highest first, then lowest first.
    assert.equal(await page.getByRole('columnheader', { name: /p50 duration/ }).count(), 0);
    await page.getByRole('button', { name: /More columns/ }).click();
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
    assert.match(
      await page
        .getByRole('table', { name: /ranked/ })
        .locator('tbody tr')
        .first()
        .innerText(),
      /^blocker/,
    );
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
      return (await t.locator(`tbody tr td:nth-child(${i})`).allInnerTexts()).map((d) =>
        Number(/^([\d.]+) ms$/.exec(d)?.[1]),
      );
    };
    const occupancies = await column(/highest occupancy first/, 'Occupancy');
    assert.ok(occupancies.length >= SLOWEST_PER_MIDDLEWARE, `${occupancies.length} sampled invocations`);
    assert.ok(
      occupancies.every((d, i) => d >= 11.5 && (i === 0 || d <= occupancies[i - 1])),
      `occupancies ${occupancies.join(', ')}`,
    );
    assert.equal(
      await page
        .getByRole('table', { name: /Sampled invocations/ })
        .locator('tbody tr td:nth-child(3)')
        .first()
        .innerText(),
      '2.0.0',
      'the version column',
    );
    assert.ok((await page.locator('figure[aria-label="Occupancy per call"] .recharts-bar-rectangle').count()) >= 1);
    await screenshot(page, 'middleware');
    await page.getByRole('link', { name: 'Duration' }).click();
    await page.waitForURL(/sort=duration/);
    const durations = await column(/highest duration first/, 'Duration');
    assert.ok(
      durations.every((d, i) => d >= 12 && (i === 0 || d <= durations[i - 1])),
      `durations ${durations.join(', ')}`,
    );
    assert.match(page.url(), /range=1h/, 'the sort link keeps the range');

    // The slowest request's timeline: the whole chain, in order.
    await page
      .getByRole('table', { name: /highest duration first/ })
      .locator('tbody')
      .getByRole('link')
      .first()
      .click();
    const chain = page.getByRole('table', { name: /middleware in order/ });
    await chain.waitFor();
    const names = await chain.locator('tbody tr td:first-child').allInnerTexts();
    assert.deepEqual(names, ['blocker', 'waiter', 'hasher', 'getItem']);
    // A 12 ms busy-wait (the slowest request's, so maybe a little more): all of it on the thread.
    const firstRow = /^blocker\s+\+0 µs\s+(\d+) ms\s+(\d+) ms/.exec(
      await chain.locator('tbody tr').first().innerText(),
    );
    // Shown to the whole ms: a few µs between the two can round apart (17 and 18 ms seen).
    assert.ok(
      firstRow !== null && Number(firstRow[1]) >= 12 && Math.abs(Number(firstRow[1]) - Number(firstRow[2])) <= 1,
      `first row: ${firstRow?.[0]}`,
    );
    assert.equal(
      await page.getByTestId('trace-version').innerText(),
      '2.0.0',
      'the timeline names the version that served it',
    );
    await screenshot(page, 'trace');
    assert.deepEqual(problems, []);
  });

  test('the drill-down opens on the same version as the service page, and says which', async () => {
    await runInstrumentedService({
      endpoint: dashboard.url,
      service: 'two-versions',
      version: '1.0.0',
      requests: 10,
      blockMs: 1,
    });
    await runInstrumentedService({
      endpoint: dashboard.url,
      service: 'two-versions',
      version: '1.1.0',
      requests: 20,
      blockMs: 1,
    });
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${dashboard.url}/services/two-versions/middleware/blocker`);
    assert.equal(
      await page.getByRole('combobox', { name: 'version' }).inputValue(),
      '1.1.0',
      'the latest version, as on the service page',
    );
    assert.match(await page.locator('.kpi').first().innerText(), /Calls\s+20/);
    await page.goto(`${dashboard.url}/services/two-versions/middleware/blocker?version=`);
    assert.match(await page.locator('.kpi').first().innerText(), /Calls\s+30/, 'version= asks for all of them');
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
    await page.waitForFunction(
      () => /\b25\b/.test((document.querySelector('tbody tr') as HTMLElement | null)?.innerText ?? ''),
      null,
      {
        timeout: 10_000,
      },
    );
    assert.equal(
      await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage),
      true,
      'no reload',
    );
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
      assert.equal(
        await page.getByRole('link', { name: 'Services' }).last().getAttribute('href'),
        '/',
        `${path}: a way back`,
      );
    }
    await screenshot(page, 'not-found');
    // Next.js logs a missing resource as a console error of its own; nothing else may appear.
    assert.deepEqual(
      problems.filter((p) => !/404/.test(p)),
      [],
    );
  });

  test('compare marks the known fix better and the known regression worse', async () => {
    await runInstrumentedService({
      endpoint: dashboard.url,
      service: 'cmp',
      version: 'slow',
      requests: 40,
      blockMs: 12,
    });
    await runInstrumentedService({
      endpoint: dashboard.url,
      service: 'cmp',
      version: 'fast',
      requests: 40,
      blockMs: 2,
    });
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${dashboard.url}/services/cmp`);
    await page.getByRole('link', { name: 'Compare versions' }).click();
    // Defaults: the two newest versions, older as A.
    await page.getByRole('table', { name: /compared/ }).waitFor();
    const blocker = page.getByRole('row', { name: /^blocker/ });
    assert.match(await blocker.innerText(), /▼ better/);
    assert.equal(await blocker.getAttribute('data-thread'), 'better', 'the thread verdict');
    assert.equal(
      await blocker.getAttribute('data-latency'),
      'better',
      'the latency verdict: 12 ms of busy-waiting gone',
    );
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
    for (const [k, v] of [
      ['aFrom', from],
      ['aTo', to],
      ['bFrom', from],
      ['bTo', to],
    ])
      await page.getByLabel(k).fill(v);
    await page.getByRole('button', { name: 'Compare ranges' }).click();
    await page.waitForURL(/aFrom=/);
    assert.match(await page.getByRole('row', { name: /^blocker/ }).innerText(), /= unchanged/);
    assert.deepEqual(problems, []);
  });

  test('compare: where the p95 rises and the median falls, the verdict agrees with the figures shown beside it', async () => {
    const send = async (version: string, name: string, values: number[]) => {
      const res = await fetch(`${dashboard.url}/v1/metrics`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: middlewareMetricsJson('tails', version, name, values),
      });
      assert.equal(res.status, 200, await res.text());
    };
    const many = (n: number, ms: number) => Array.from({ length: n }, () => ms);
    // tailUp: median 2 → 1 ms, mean 2 → 1.42 ms, p95 2 → 8 ms. mixed: median 2 → 1 ms, mean 2 → 2.35 ms.
    await send('a', 'tailUp', many(100, 2));
    await send('b', 'tailUp', [...many(94, 1), ...many(6, 8)]);
    await send('a', 'mixed', many(100, 2));
    await send('b', 'mixed', [...many(55, 1), ...many(45, 4)]);
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${dashboard.url}/services/tails/compare?a=a&b=b&range=1h`);
    await page.getByRole('table', { name: /compared/ }).waitFor();
    const figures = async (name: string) => {
      const row = page.getByRole('row', { name: new RegExp(`^${name}`) });
      const pair = async (figure: string) => {
        const m = /^([\d.]+) ms → ([\d.]+) ms$/.exec(await row.locator(`td[data-figure=${figure}]`).innerText());
        assert.ok(m !== null, `${name} ${figure}`);
        return Number(m[2]) - Number(m[1]);
      };
      return {
        verdict: await row.getAttribute('data-thread'),
        median: await pair('occupancy-p50'),
        mean: await pair('occupancy-mean'),
      };
    };
    const tailUp = await figures('tailUp');
    assert.equal(tailUp.verdict, 'better');
    assert.ok(tailUp.median < 0 && tailUp.mean < 0, `better, and both figures shown fell: ${JSON.stringify(tailUp)}`);
    const mixed = await figures('mixed');
    assert.equal(mixed.verdict, 'unchanged', `the median fell, the mean rose: ${JSON.stringify(mixed)}`);
    assert.ok(mixed.median < 0 && mixed.mean > 0);
    // The chart is the mean's change, coloured by that verdict: tailUp's bar left of zero, green.
    assert.match(await page.getByTestId('verdict-rule').innerText(), /the median and the mean/);
    await screenshot(page, 'compare-tails');
    assert.deepEqual(problems, []);
  });
});
