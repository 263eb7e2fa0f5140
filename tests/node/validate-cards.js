#!/usr/bin/env node
// Validates Adaptive Cards with the official renderer (npm adaptivecards 3.0.6).
// stdin: a JSON array of card objects. stdout: a JSON array, one {errors: [], warnings: []} per card, same order.
// Every parse or validation event of the renderer is an error (the renderer does not grade them); anything the
// renderer writes to the console while parsing or rendering is a warning. Rendering happens in a jsdom document.
'use strict';

const { JSDOM } = require('jsdom');

const dom = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>', { pretendToBeVisual: true });
// The renderer expects a browser: expose the jsdom window's globals (HTMLElement, HTMLButtonElement, …).
global.window = dom.window;
for (const key of Object.getOwnPropertyNames(dom.window)) {
  if (!(key in global)) {
    try {
      global[key] = dom.window[key];
    } catch {
      // read-only or throwing getters are not needed
    }
  }
}

const AC = require('adaptivecards/dist/adaptivecards.js');

// Teams renders markdown; the renderer warns when the host has no markdown processor. This stand-in only
// HTML-escapes the text (it proves nothing about markdown, which the C# escaping tests cover).
AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  result.didProcess = true;
};

function describeEvent(e) {
  const phase = AC.ValidationPhase && AC.ValidationPhase[e.phase] !== undefined ? AC.ValidationPhase[e.phase] : e.phase;
  const kind = AC.ValidationEvent && AC.ValidationEvent[e.event] !== undefined ? AC.ValidationEvent[e.event] : e.event;
  const source = e.source && typeof e.source.getJsonTypeName === 'function' ? ` (${e.source.getJsonTypeName()}${e.source.id ? ' #' + e.source.id : ''})` : '';
  return `${phase}/${kind}${source}: ${e.message}`;
}

function validate(json) {
  const errors = [];
  const warnings = [];
  const originalWarn = console.warn;
  const originalError = console.error;
  const originalLog = console.log;
  console.warn = (...args) => warnings.push('console.warn: ' + args.join(' '));
  console.error = (...args) => warnings.push('console.error: ' + args.join(' '));
  console.log = (...args) => warnings.push('console.log: ' + args.join(' '));
  try {
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
      errors.push('not a JSON object');
      return { errors, warnings };
    }
    // adaptivecards 3.0.6 checks "lang" with a global (/g) regular expression, whose lastIndex survives between
    // cards and makes every second valid "lang" fail; start each card from a clean state.
    if (AC.CardElement.langProperty && AC.CardElement.langProperty.regEx) {
      AC.CardElement.langProperty.regEx.lastIndex = 0;
    }
    const card = new AC.AdaptiveCard();
    const context = new AC.SerializationContext(AC.Versions.v1_5);
    card.parse(json, context);
    for (let i = 0; i < context.eventCount; i++) {
      errors.push(describeEvent(context.getEventAt(i)));
    }
    const results = card.validateProperties();
    for (const e of results.validationEvents) {
      errors.push(describeEvent(e));
    }
    const element = card.render();
    if (!element) {
      errors.push('render: the renderer produced no element');
    } else {
      document.body.appendChild(element);
      if (!element.classList.contains('ac-adaptiveCard')) {
        errors.push('render: the root element is not an .ac-adaptiveCard');
      }
      document.body.removeChild(element);
    }
  } catch (e) {
    errors.push('exception: ' + (e && e.stack ? e.stack : String(e)));
  } finally {
    console.warn = originalWarn;
    console.error = originalError;
    console.log = originalLog;
  }
  return { errors, warnings };
}

function main() {
  const chunks = [];
  process.stdin.on('data', (c) => chunks.push(c));
  process.stdin.on('end', () => {
    let cards;
    try {
      cards = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch (e) {
      process.stderr.write('stdin is not JSON: ' + e.message + '\n');
      process.exit(2);
    }
    if (!Array.isArray(cards)) {
      process.stderr.write('stdin must be a JSON array of cards\n');
      process.exit(2);
    }
    process.stdout.write(JSON.stringify(cards.map(validate)));
  });
}

main();
