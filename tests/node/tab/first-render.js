// Benchmark helper (bench/Tab.Bench): opens the tab's organization view N times in headless Chromium and reports, per run, the
// time from navigation start until every chart is drawn (body[data-ready=true] after the last chart) and the first
// contentful paint. Usage: node tab/first-render.js <scenario.json> with { baseUrl, runs }. Loopback requests only.
'use strict';
const fs = require('fs');
const { chromium } = require('playwright-core');

async function main() {
  const scenario = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const renderedMs = [];
  const paintMs = [];
  const blocked = [];
  try {
    for (let i = 0; i < scenario.runs + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'en-US' });
      await context.route('**/*', (route) => {
        const host = new URL(route.request().url()).hostname;
        if (host === '127.0.0.1' || host === 'localhost') return route.continue();
        blocked.push(route.request().url());
        return route.abort();
      });
      const page = await context.newPage();
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.body && document.body.dataset.ready === 'true') {
            window.__readyAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
      });
      await page.goto(new URL('/tab/?lang=en-US&view=organization', scenario.baseUrl).toString());
      await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
      const timing = await page.evaluate(() => ({
        ready: window.__readyAt,
        paint: (performance.getEntriesByName('first-contentful-paint')[0] || { startTime: NaN }).startTime,
        charts: ['expiring-chart', 'at-risk-chart', 'months-chart'].filter((id) => window.coopTab.chart(id)).length,
        error: document.getElementById('error').hidden ? null : document.getElementById('error').textContent,
      }));
      if (timing.error || timing.charts < 2) throw new Error(`the organization view did not render: ${JSON.stringify(timing)}`);
      if (i > 0) { // the first run warms the browser's caches and the host's JIT
        renderedMs.push(timing.ready);
        paintMs.push(timing.paint);
      }
      await context.close();
    }
    console.log(JSON.stringify({ renderedMs, paintMs, blocked }));
  } finally {
    await browser.close();
  }
}

main().catch((e) => { console.error(e && e.stack ? e.stack : String(e)); process.exit(1); });
