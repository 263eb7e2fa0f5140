// Drives the claims dashboard tab in headless Chromium against a running host (local mode, the development identity is an
// Incentives administrator). Usage: node tab/tab-e2e.js <scenario.json>
// scenario: { baseUrl, screenshotDir, query ("?lang=en-US" or ""), locale (the browser's language), clickClaimId,
//   requestClaimId (optional: a claim with an open documentation request, whose detail's request lines and caps are read),
//   funds: { fund: {program, location, usageStart, usageEnd, amount, currency}, badCsv, goodCsv } (optional: record a fund with the
//   form after submitting it empty, then import the bad file (preview only) and the good one (preview, import)),
//   partner: { legalNames: [], taxIds: [], badTaxId } (optional: the Company identity screen; saved with the bad tax id, then the good ones) }
// Prints one JSON line with what the page showed; exits non-zero on failure. Any request not to 127.0.0.1/localhost is
// aborted and reported in "blocked".
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run'];

function chartFacts(id) {
  const chart = window.coopTab.chart(id);
  if (!chart) return null;
  const canvas = document.getElementById(id);
  return {
    canvas: canvas.tagName,
    width: canvas.width,
    height: canvas.height,
    ariaLabel: canvas.getAttribute('aria-label'),
    legend: chart.legend.legendItems.map((i) => i.text),
    xTitle: chart.options.scales.x.title.text,
    yTitle: chart.options.scales.y.title ? chart.options.scales.y.title.text : null,
    xTicks: chart.scales.x.ticks.map((t) => String(t.label)),
    yTicks: chart.scales.y.ticks.map((t) => String(t.label)),
    labels: chart.data.labels.map(String),
  };
}

async function main() {
  const scenario = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  fs.mkdirSync(scenario.screenshotDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const blocked = [];
  const consoleErrors = [];
  const screenshots = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: scenario.locale });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      const host = new URL(url).hostname;
      if (host === '127.0.0.1' || host === 'localhost') return route.continue();
      blocked.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    // A 400 answer is logged by the browser itself; the funds steps expect one (the empty form) and count them apart.
    let badRequests = 0;
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      if (/^Failed to load resource: the server responded with a status of 400/.test(m.text())) badRequests += 1;
      else consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    const shot = async (name) => {
      const file = path.join(scenario.screenshotDir, name);
      await page.screenshot({ path: file, fullPage: true });
      screenshots.push(file);
    };

    const started = Date.now();
    await page.goto(new URL(`/tab/${scenario.query || ''}`, scenario.baseUrl).toString());
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
    const readyMs = Date.now() - started;
    const mine = await page.evaluate(chartFacts, 'timeline');
    const page1 = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      error: document.getElementById('error').hidden ? null : document.getElementById('error').textContent,
      tabs: Array.from(document.querySelectorAll('[role="tab"]')).filter((t) => !t.hidden).map((t) => t.textContent),
      listed: Array.from(document.querySelectorAll('#claim-list button')).map((b) => b.dataset.claim),
      teamsLoaded: typeof window.CoopTeams !== 'undefined',
    }));
    await shot(`01-my-claims-${page1.lang}.png`);

    // Click the claim's bar on the canvas (the "until the deadline" segment), as a user would.
    const point = await page.evaluate((id) => {
      const chart = window.coopTab.chart('timeline');
      const index = Array.from(document.querySelectorAll('#claim-list button')).findIndex((b) => b.dataset.claim === id);
      const bar = chart.getDatasetMeta(1).data[index];
      const rect = chart.canvas.getBoundingClientRect();
      return { x: rect.left + (bar.x + bar.base) / 2, y: rect.top + bar.y, index };
    }, scenario.clickClaimId);
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector(`#detail[data-claim="${scenario.clickClaimId}"]:not([hidden])`, { timeout: 15000 });
    const detail = await page.evaluate(() => ({
      title: document.getElementById('detail-title').textContent,
      focused: document.activeElement && document.activeElement.id,
      checklist: Array.from(document.querySelectorAll('#detail .checklist li')).map((li) => li.textContent),
      caps: Array.from(document.querySelectorAll('#detail-caps li')).map((li) => li.textContent),
      chatLink: (document.getElementById('open-in-chat') || {}).href || null,
    }));
    await shot(`02-detail-${page1.lang}.png`);

    // A claim whose documentation request has no respond-by date from the person: its detail says the date is assumed.
    let requestDetail = null;
    let requestCaps = null;
    if (scenario.requestClaimId) {
      await page.click(`#claim-list button[data-claim="${scenario.requestClaimId}"]`);
      await page.waitForSelector(`#detail[data-claim="${scenario.requestClaimId}"]:not([hidden])`, { timeout: 15000 });
      requestDetail = await page.evaluate(() => Array.from(document.querySelectorAll('#detail-requests li')).map((li) => li.textContent));
      // Its activity type's caps, as the chat's claim card states them.
      requestCaps = await page.evaluate(() => Array.from(document.querySelectorAll('#detail-caps li')).map((li) => li.textContent));
    }

    // Keyboard: from the first tab, the right arrow moves to "Organization".
    await page.focus('#tab-mine');
    await page.keyboard.press('ArrowRight');
    const orgSelected = await page.evaluate(() => document.getElementById('tab-org').getAttribute('aria-selected') === 'true'
      && !document.getElementById('view-org').hidden && document.activeElement.id === 'tab-org');
    await page.waitForFunction(() => window.coopTab.chart('months-chart').width > 0);
    const organization = await page.evaluate((facts) => {
      const f = new Function(`return (${facts})`)();
      return {
        expiring: f('expiring-chart'),
        atRisk: f('at-risk-chart'),
        months: f('months-chart'),
        requestsHeading: document.getElementById('requests-heading').textContent,
        requests: Array.from(document.querySelectorAll('#requests-rows tr')).map((tr) => Array.from(tr.cells).map((c) => c.textContent)),
        atRiskTotals: Array.from(document.querySelectorAll('#at-risk-totals li')).map((li) => li.textContent),
      };
    }, chartFacts.toString());
    await shot(`03-organization-${page1.lang}.png`);

    let funds = null;
    if (scenario.funds) {
      const f = scenario.funds;
      const readFunds = () => page.evaluate(() => ({
        result: document.getElementById('fund-result').hidden ? null : document.getElementById('fund-result').textContent,
        errors: Array.from(document.querySelectorAll('#fund-errors li')).map((li) => li.textContent),
        invalid: Array.from(document.querySelectorAll('#fund-form [aria-invalid="true"]')).map((i) => i.id),
        summary: document.getElementById('import-summary').hidden ? null : document.getElementById('import-summary').textContent,
        importErrors: Array.from(document.querySelectorAll('#import-errors li')).map((li) => li.textContent),
        importEnabled: !document.getElementById('import-confirm').disabled,
        table: Array.from(document.querySelectorAll('#funds-rows tr')).map((tr) => Array.from(tr.cells).map((c) => c.textContent)),
        labels: Array.from(document.querySelectorAll('#fund-form label')).map((l) => l.textContent),
      }));
      const submitForm = async () => {
        await page.evaluate(() => { document.getElementById('fund-form').dataset.state = ''; });
        await page.click('#fund-submit');
        await page.waitForSelector('#fund-form[data-state="done"]', { timeout: 15000 });
        return readFunds();
      };
      const preview = async (name, text, button, state) => {
        if (name) await page.setInputFiles('#import-file', { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
        await page.evaluate(() => { document.getElementById('import-box').dataset.state = ''; });
        await page.click(button);
        await page.waitForSelector(`#import-box[data-state="${state}"]`, { timeout: 30000 });
        return readFunds();
      };
      const empty = await submitForm();
      await page.selectOption('#fund-program', f.fund.program);
      await page.fill('#fund-location', f.fund.location);
      await page.fill('#fund-start', f.fund.usageStart);
      await page.fill('#fund-end', f.fund.usageEnd);
      await page.fill('#fund-amount', String(f.fund.amount));
      await page.fill('#fund-currency', f.fund.currency);
      const recorded = await submitForm();
      const bad = await preview('funds-bad.csv', f.badCsv, '#import-preview', 'previewed');
      const good = await preview('funds.csv', f.goodCsv, '#import-preview', 'previewed');
      const imported = await preview(null, null, '#import-confirm', 'imported');
      await shot(`05-funds-${page1.lang}.png`);
      funds = { empty, recorded, bad, good, imported };
    }

    // Company identity: everyone sees it; an administrator changes it (a bad tax id is refused with the field's message, the
    // second of the run's 400s), anyone else finds it read-only without the save button.
    let partner = null;
    if (scenario.partner) {
      const p = scenario.partner;
      await page.click('#tab-partner');
      const readPartner = () => page.evaluate(() => ({
        selected: document.getElementById('tab-partner').getAttribute('aria-selected') === 'true' && !document.getElementById('view-partner').hidden,
        heading: document.querySelector('#view-partner h2').textContent,
        editable: document.getElementById('partner-form').dataset.editable === 'true',
        readOnly: document.getElementById('partner-names').readOnly && document.getElementById('partner-ids').readOnly,
        saveVisible: !document.getElementById('partner-save').hidden,
        note: document.getElementById('partner-note').textContent,
        names: document.getElementById('partner-names').value,
        ids: document.getElementById('partner-ids').value,
        result: document.getElementById('partner-result').hidden ? null : document.getElementById('partner-result').textContent,
        errors: Array.from(document.querySelectorAll('#partner-errors li')).map((li) => li.textContent),
        invalid: Array.from(document.querySelectorAll('#partner-form [aria-invalid="true"]')).map((i) => i.id),
      }));
      const before = await readPartner();
      let bad = null;
      let saved = null;
      if (before.saveVisible) {
        const submit = async () => {
          await page.evaluate(() => { document.getElementById('partner-form').dataset.state = ''; });
          await page.click('#partner-save');
          await page.waitForSelector('#partner-form[data-state="done"]', { timeout: 15000 });
          return readPartner();
        };
        await page.fill('#partner-names', p.legalNames.join('\n'));
        await page.fill('#partner-ids', p.badTaxId);
        bad = await submit();
        await page.fill('#partner-ids', p.taxIds.join('\n'));
        saved = await submit();
      }
      await shot(`06-partner-${page1.lang}.png`);
      partner = { before, bad, saved };
    }

    // Responsive: the same page in a narrow tab (Teams side panel / phone width) has no horizontal scrolling.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.waitForFunction(() => document.documentElement.clientWidth <= 360);
    // Chart.js resizes its canvases on the next frames (ResizeObserver): give it the chance before measuring.
    await page.waitForFunction(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth, null, { timeout: 5000 }).catch(() => {});
    const narrowOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await shot(`04-narrow-${page1.lang}.png`);

    console.log(JSON.stringify({ readyMs, page: page1, mine, detail, requestDetail, requestCaps, orgSelected, organization, funds, partner, badRequests, narrowOverflow, screenshots, blocked, consoleErrors }));
  } finally {
    await browser.close();
  }
}

main().catch((e) => { console.error(e && e.stack ? e.stack : String(e)); process.exit(1); });
