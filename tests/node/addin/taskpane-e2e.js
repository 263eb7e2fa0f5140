// Drives the Outlook add-in task pane in headless Chromium against a running host, with the Office.js double and a fake email.
// Usage: node addin/taskpane-e2e.js <scenario.json>
// scenario: { baseUrl, screenshotDir, email: {...see office-double.js}, attach: ["name"], kind, requestClaimId?, capsClaimId?, expectLanguageText }
// Prints one JSON line with what the pane showed and did; exits non-zero on any failure. Only loopback requests are allowed.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

async function main() {
  const scenario = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  fs.mkdirSync(scenario.screenshotDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
  const blocked = [];
  const consoleErrors = [];
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 900 }, locale: scenario.email.displayLanguage });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) {
        return route.fulfill({ status: 200, contentType: 'application/javascript', body: fs.readFileSync(path.join(__dirname, 'office-double.js'), 'utf8') });
      }
      const host = new URL(url).hostname;
      if (host === '127.0.0.1' || host === 'localhost') { return route.continue(); }
      blocked.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    await page.addInitScript((email) => { window.__fakeEmail = email; }, scenario.email);
    await page.goto(new URL('/addin/taskpane.html', scenario.baseUrl).toString());
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });

    const shown = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      heading: document.getElementById('attach-heading').textContent,
      subject: document.getElementById('subject').textContent,
      sender: document.getElementById('sender').textContent,
      attachments: Array.from(document.querySelectorAll('#attachments label .name')).map((e) => e.textContent),
      sizes: Array.from(document.querySelectorAll('#attachments label .muted')).map((e) => e.textContent),
      claims: Array.from(document.querySelectorAll('#claims input[name="claim"]')).map((e) => e.value),
      selectedClaim: (document.querySelector('#claims input[name="claim"]:checked') || {}).value || null,
      kinds: Array.from(document.querySelectorAll('#kind option')).map((o) => o.value),
      respondBy: document.getElementById('respond-by').value,
      asked: document.getElementById('asked').value,
      outcomeStatus: document.getElementById('outcome-status').value,
      outcomeAmount: document.getElementById('outcome-amount').value,
      outcomeReason: document.getElementById('outcome-reason').value,
      outcomeDate: document.getElementById('outcome-date').value,
      error: document.getElementById('error').hidden ? null : document.getElementById('error').textContent,
    }));
    const screenshots = [];
    async function shot(name) {
      const file = path.join(scenario.screenshotDir, name);
      await page.screenshot({ path: file, fullPage: true });
      screenshots.push(file);
    }
    await shot(`01-loaded-${shown.lang}.png`);
    console.error(JSON.stringify(shown));

    // The chosen claim's activity-type caps, under the list of claims (the pane asks the API for the claim when it is chosen).
    let caps = null;
    if (scenario.capsClaimId) {
      await page.check(`#claims input[value="${scenario.capsClaimId}"]`);
      await page.waitForSelector(`#claim-caps[data-claim="${scenario.capsClaimId}"]`, { state: 'attached', timeout: 30000 });
      caps = await page.evaluate(() => ({
        visible: !document.getElementById('caps-box').hidden,
        heading: document.getElementById('caps-heading').textContent,
        notes: Array.from(document.querySelectorAll('#claim-caps li')).map((li) => li.textContent),
      }));
      await shot(`01-caps-${shown.lang}.png`);
    }

    let outcomeResult = null;
    if (scenario.outcome) {
      if (scenario.outcome.claimId) { await page.check(`#claims input[value="${scenario.outcome.claimId}"]`); }
      if (scenario.outcome.status) { await page.selectOption('#outcome-status', scenario.outcome.status); }
      if (scenario.outcome.amount) { await page.fill('#outcome-amount', scenario.outcome.amount); }
      await page.click('#record-outcome');
      await page.waitForSelector('#outcome-result.ok, #outcome-result.failed, #error:not([hidden])', { timeout: 30000 });
      outcomeResult = await page.evaluate(() => ({
        ok: document.getElementById('outcome-result').className.indexOf('ok') >= 0,
        text: document.getElementById('outcome-result').textContent,
        error: document.getElementById('error').hidden ? null : document.getElementById('error').textContent,
      }));
      await shot('02-outcome-recorded.png');
    }

    let requestResult = null;
    if (scenario.requestClaimId) {
      await page.check(`#claims input[value="${scenario.requestClaimId}"]`);
      await page.click('#record');
      await page.waitForSelector('#request-result.ok, #request-result.failed', { timeout: 30000 });
      requestResult = await page.textContent('#request-result');
      await shot('02-request-recorded.png');
    }

    const attachResults = [];
    if (scenario.attach && scenario.attach.length > 0) {
      for (const box of await page.$$('#attachments input[type="checkbox"]')) {
        const name = await box.evaluate((e) => e.dataset.name);
        await box.setChecked(scenario.attach.includes(name));
      }
      await page.selectOption('#kind', scenario.kind);
      await page.click('#attach');
      await page.waitForFunction((n) => document.querySelectorAll('#attach-results li.ok, #attach-results li.failed').length === n,
        scenario.attach.length, { timeout: 30000 });
      for (const li of await page.$$('#attach-results li')) {
        attachResults.push({ ok: await li.evaluate((e) => e.className === 'ok'), text: await li.textContent() });
      }
      await shot('03-attached.png');
    }

    // The pane then waits for the background evidence review (when anything was attached) and shows each added document's line (✓ / ⚠ / ✗ and the reason).
    let review = null;
    if (attachResults.some((r) => r.ok)) {
      await page.waitForSelector('#review-results[data-state="reviewed"], #review-results[data-state="late"], #review-results[data-state="failed"]', { timeout: 60000 });
      review = await page.evaluate(() => ({
        state: document.getElementById('review-results').dataset.state,
        lines: Array.from(document.querySelectorAll('#review-results li')).map((li) => ({ text: li.textContent, className: li.className })),
      }));
      await shot('04-reviewed.png');
    }

    console.log(JSON.stringify({ shown, caps, outcomeResult, requestResult, attachResults, review, screenshots, blocked, consoleErrors }));
  } finally {
    await browser.close();
  }
}

main().catch((e) => { console.error(e && e.stack ? e.stack : String(e)); process.exit(1); });
