#!/usr/bin/env node
// Renders one Adaptive Card to a PNG with the official renderer (npm adaptivecards) in headless Chromium, for pictures in
// the docs (README's claim card: docs/claim-card.png). Usage: node render-card.js card.json out.png [width]
// Chromium: $CHROMIUM or /usr/bin/chromium (no browser download).
'use strict';

const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

async function main() {
  const [cardFile, outFile, widthArg] = process.argv.slice(2);
  if (!cardFile || !outFile) {
    throw new Error('usage: node render-card.js card.json out.png [width]');
  }
  const card = JSON.parse(fs.readFileSync(cardFile, 'utf8'));
  const width = Number(widthArg || 460);
  const dist = path.join(__dirname, 'node_modules', 'adaptivecards', 'dist');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: width + 40, height: 400 }, deviceScaleFactor: 2 });
    await page.setContent(`<!DOCTYPE html><html><head><meta charset="utf-8"><style>
      body { margin: 0; padding: 20px; background: #f5f5f5; font-family: "Segoe UI", "DejaVu Sans", sans-serif; }
      #card { width: ${width}px; background: #fff; border-radius: 6px; box-shadow: 0 1px 4px rgba(0,0,0,.2); overflow: hidden; }
      </style></head><body><div id="card"></div></body></html>`);
    await page.addStyleTag({ path: path.join(dist, 'adaptivecards.css') });
    await page.addScriptTag({ path: path.join(dist, 'adaptivecards.js') });
    const problems = await page.evaluate((json) => {
      const AC = window.AdaptiveCards;
      AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
        // Bold only, HTML-escaped: enough for the cards' **labels**.
        const escaped = String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        result.outputHtml = escaped.replace(/\*\*(.+?)\*\*/g, '<b>$1</b>');
        result.didProcess = true;
      };
      const card = new AC.AdaptiveCard();
      const context = new AC.SerializationContext(AC.Versions.v1_5);
      card.parse(json, context);
      document.getElementById('card').appendChild(card.render());
      return context.eventCount;
    }, card);
    if (problems > 0) {
      throw new Error(`the renderer reported ${problems} problem(s) parsing the card`);
    }
    await page.locator('#card').screenshot({ path: outFile });
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
