// The dashboard tab's "Company identity" for someone who is not an Incentives administrator: loads the tab against a running
// host, opens the screen and reports what it shows. Usage: node tab/partner-readonly.js <scenario.json>
// scenario: { baseUrl, query ("?lang=en-US"), locale, screenshotDir }. Prints one JSON line; exits non-zero on failure.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

async function main() {
  const scenario = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  fs.mkdirSync(scenario.screenshotDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const consoleErrors = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: scenario.locale });
    await context.route('**/*', (route) => {
      const host = new URL(route.request().url()).hostname;
      return host === '127.0.0.1' || host === 'localhost' ? route.continue() : route.abort();
    });
    const page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    await page.goto(new URL(`/tab/${scenario.query || ''}`, scenario.baseUrl).toString());
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
    await page.click('#tab-partner');
    const shown = await page.evaluate(() => ({
      tabs: Array.from(document.querySelectorAll('[role="tab"]')).filter((t) => !t.hidden).map((t) => t.textContent),
      selected: !document.getElementById('view-partner').hidden,
      readOnly: document.getElementById('partner-names').readOnly && document.getElementById('partner-ids').readOnly,
      saveVisible: !document.getElementById('partner-save').hidden,
      note: document.getElementById('partner-note').textContent,
      names: document.getElementById('partner-names').value,
      ids: document.getElementById('partner-ids').value,
      error: document.getElementById('error').hidden ? null : document.getElementById('error').textContent,
    }));
    // Typing into a read-only field changes nothing; pressing Enter in the form sends nothing.
    await page.focus('#partner-names');
    await page.keyboard.type('Someone Else Ltda');
    const afterTyping = await page.evaluate(() => document.getElementById('partner-names').value);
    const file = path.join(scenario.screenshotDir, `partner-readonly-${scenario.locale}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(JSON.stringify({ ...shown, afterTyping, consoleErrors, screenshot: file }));
  } finally {
    await browser.close();
  }
}

main().catch((e) => { console.error(e && e.stack ? e.stack : String(e)); process.exit(1); });
