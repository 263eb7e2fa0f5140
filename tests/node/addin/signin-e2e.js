// Drives the add-in task pane's sign-in in headless Chromium against a running host and the fake Entra (loopback HTTPS), with
// the Office.js double standing in for the Office host: its nested-app-auth bridge, Office SSO and the dialog API.
// Usage: node addin/signin-e2e.js <scenario.json>
// scenario: { baseUrl, screenshotDir, email, host: {...see office-double.js}, blockPopups, consent: "accept"|"decline"|null }
// The dialog API is played by the driver: displayDialogAsync opens a second page (a separate browser window, as Office does),
// whose messageParent is delivered to the pane. Prints one JSON line: what the pane showed, every host call, every page opened,
// every authorize request's prompt, and each /api/addin request with whether it carried a bearer token and the token's tenant.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

function claimsOf(header) {
  const token = (header || '').replace(/^Bearer /, '');
  const part = token.split('.')[1];
  return part ? JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) : null;
}

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
  const pages = [];
  const apiRequests = [];
  const dialogCalls = [];
  try {
    // The fake Entra serves a self-signed loopback certificate.
    const context = await browser.newContext({ viewport: { width: 360, height: 900 }, ignoreHTTPSErrors: true, locale: scenario.email.displayLanguage });
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

    let pane = null;
    let dialog = null;
    let openingDialog = false;
    // Consent on the fake Entra's page, in whatever window shows it (pop-up or dialog).
    async function onAuthPage(page) {
      try {
        const button = await page.waitForSelector('#consent-accept, #consent-decline', { timeout: 15000 });
        if (!button || !scenario.consent) { return; }
        await page.screenshot({ path: path.join(scenario.screenshotDir, 'consent.png') });
        await page.click(scenario.consent === 'accept' ? '#consent-accept' : '#consent-decline');
      } catch { /* no consent page in this window */ }
    }

    await context.exposeBinding('__openDialog', async (source, url) => {
      openingDialog = true;
      dialog = await context.newPage();
      openingDialog = false;
      pages.push({ kind: 'dialog', url });
      dialog.on('console', (m) => { if (m.type() === 'error') consoleErrors.push('dialog: ' + m.text()); });
      dialog.on('pageerror', (e) => consoleErrors.push('dialog: ' + String(e)));
      await dialog.addInitScript(() => { window.__fakeHost = { sets: {} }; });
      await dialog.goto(url);
      onAuthPage(dialog);
    });
    await context.exposeBinding('__dialogMessage', async (source, message) => {
      dialogCalls.push(JSON.parse(message).accessToken ? { accessToken: true } : JSON.parse(message));
      await pane.evaluate((m) => window.__deliverDialogMessage(m), message);
    });
    await context.exposeBinding('__closeDialog', async () => {
      if (dialog) { const d = dialog; dialog = null; await d.close(); }
    });

    pane = await context.newPage();
    context.on('page', (page) => {
      if (page !== pane && !openingDialog) {
        pages.push({ kind: 'popup', url: page.url() });
        onAuthPage(page);
      }
    });
    pane.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    pane.on('pageerror', (e) => consoleErrors.push(String(e)));
    pane.on('request', (request) => {
      if (request.url().includes('/api/addin/')) {
        const claims = claimsOf(request.headers().authorization);
        apiRequests.push({ url: new URL(request.url()).pathname, bearer: !!claims, tid: claims && claims.tid, azp: claims && claims.azp });
      }
    });
    await pane.addInitScript((setup) => {
      window.__fakeEmail = setup.email;
      window.__fakeHost = setup.host;
      // A pop-up blocker: window.open gives no window.
      if (setup.blockPopups) { window.open = function () { return null; }; }
    }, { email: scenario.email, host: scenario.host, blockPopups: !!scenario.blockPopups });
    await pane.goto(new URL('/addin/taskpane.html', scenario.baseUrl).toString());
    await pane.waitForSelector('body[data-ready="true"]', { timeout: 60000 });

    const shown = await pane.evaluate(() => ({
      lang: document.documentElement.lang,
      claims: Array.from(document.querySelectorAll('#claims input[name="claim"]')).map((e) => e.value),
      error: document.getElementById('error').hidden ? null : document.getElementById('error').textContent,
    }));
    const hostCalls = await pane.evaluate(() => window.__hostCalls.map((c) => ({ api: c.api, method: c.method || null })));
    await pane.screenshot({ path: path.join(scenario.screenshotDir, 'pane.png'), fullPage: true });
    console.log(JSON.stringify({ shown, hostCalls, pages, apiRequests, dialogCalls, blocked, consoleErrors }));
  } finally {
    await browser.close();
  }
}

main().catch((e) => { console.error(e && e.stack ? e.stack : String(e)); process.exit(1); });
