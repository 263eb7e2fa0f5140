// The bot's sign-in fallback in headless Chromium, with the browser in the role of Teams web: a page on https://teams.microsoft.com
// (served by this script) opens the OAuth card's sign-in link in a popup, as Teams does for a `signin` button, and answers the
// teams-js messages the popup sends its opener: `initialize` (as an authentication window) and the final
// `authentication.authenticate.success` / `.failure`, whose argument Teams would send the bot in signin/verifyState.
// The user accepts (or, with declineConsent, cancels) Entra's consent page on the way.
// Usage: node signin/signin-e2e.js <scenario.json>; scenario: { signInUrl, declineConsent }.
// Prints one JSON line: { result: {ok, value} | null, functions (teams-js calls seen), navigations (the popup's URLs), popupText,
// blocked (requests to anything but loopback and the emulated Teams origin), consoleErrors }.
'use strict';
const fs = require('fs');
const { chromium } = require('playwright-core');

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run'];
const TEAMS_ORIGIN = 'https://teams.microsoft.com';

// The Teams host's side of the teams-js window protocol, for an authentication window: reply to `initialize` with the frame
// context "authentication" and a runtime, acknowledge anything else, and keep the outcome the window reports.
const HOST_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Teams</title></head><body><script>
  window.__functions = [];
  window.__result = null;
  const runtime = { apiVersion: 4, hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } }, isLegacyTeams: false,
    supports: { appInstallDialog: {}, dialog: { card: {}, url: {} }, pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} }, teams: { fullTrust: {} } } };
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object' || typeof message.func !== 'string') return;
    window.__functions.push(message.func);
    const reply = (args) => event.source.postMessage({ id: message.id, uuid: message.uuid, args }, event.origin);
    if (message.func === 'initialize') {
      reply(['authentication', 'web', JSON.stringify(runtime), '2.58.0']);
    } else if (message.func === 'authentication.authenticate.success') {
      window.__result = { ok: true, value: message.args[0] };
    } else if (message.func === 'authentication.authenticate.failure') {
      window.__result = { ok: false, value: message.args[0] };
    } else {
      reply([]);
    }
  });
</script></body></html>`;

async function main() {
  const scenario = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const blocked = [];
  const consoleErrors = [];
  const navigations = [];
  let popupText = null;
  try {
    // The fake Entra serves HTTPS with a self-signed loopback certificate.
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === TEAMS_ORIGIN) {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: HOST_PAGE });
      }
      if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
      blocked.push(url.href);
      return route.abort();
    });
    const teams = await context.newPage();
    await teams.goto(TEAMS_ORIGIN + '/_#/conversations/coopassistant');
    const popupOpened = teams.waitForEvent('popup', { timeout: 15000 });
    await teams.evaluate((url) => { window.open(url, 'signin', 'width=600,height=535'); }, scenario.signInUrl);
    const popup = await popupOpened;
    popup.on('framenavigated', (frame) => { if (frame === popup.mainFrame()) navigations.push(frame.url()); });
    popup.on('console', (m) => { if (m.type() === 'error') consoleErrors.push('popup: ' + m.text()); });
    popup.on('pageerror', (e) => consoleErrors.push('popup: ' + String(e)));
    popup.on('domcontentloaded', async () => {
      try {
        popupText = await popup.evaluate(() => (document.getElementById('signin-message') || document.body).innerText);
      } catch {
        // the window closed itself after reporting
      }
    });

    // The user answers Entra's consent page (Accept, or Cancel when the scenario declines).
    const steps = [];
    const consent = await popup.waitForSelector('#consent-accept', { timeout: 15000 }).catch(() => null);
    if (consent) {
      steps.push('consent page');
      await popup.click(scenario.declineConsent ? '#consent-decline' : '#consent-accept');
    }

    await teams.waitForFunction(() => window.__result !== null, null, { timeout: 30000 }).catch(() => {});
    const state = await teams.evaluate(() => ({ result: window.__result, functions: window.__functions }));
    // teams-js closes the sign-in window itself once the outcome is delivered.
    const closed = await popup.waitForEvent('close', { timeout: 5000 }).then(() => true).catch(() => popup.isClosed());
    console.log(JSON.stringify({ ...state, steps, navigations, popupText, popupClosed: closed, blocked, consoleErrors }));
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : String(error));
  process.exit(1);
});
