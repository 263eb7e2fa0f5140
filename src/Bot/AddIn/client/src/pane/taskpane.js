// CoopAssistant task pane: the open email's attachments to a claim as evidence, or Partner Center's documentation request
// or outcome. Bundled by build.mjs into src/Bot/wwwroot/addin/taskpane.js; texts from strings.js (window.CoopStrings),
// the email's text read by email-text.js (window.CoopEmailText).
import { $, t, pane, showError, selectedClaim, todayIso } from './pane.js';
import { getAsync, api } from './api.js';
import { renderMessage, renderAttachments, renderClaims, renderKinds, renderOutcomes } from './render.js';
import { attachSelected } from './evidence.js';
import { recordRequest, recordOutcome } from './outcomes.js';
import { showCaps } from './caps.js';

const E = window.CoopEmailText;

function applyTexts() {
  document.documentElement.lang = pane.lang;
  document.querySelectorAll('[data-text]').forEach((el) => { el.textContent = t(el.getAttribute('data-text')); });
}

// What the email itself says, pre-filled: the respond-by date and what was asked, the outcome, its amount, reason and date.
function prefill(item) {
  $('respond-by').value = E.respondBy(pane.body, pane.lang, todayIso()) || '';
  $('asked').value = E.whatWasAsked(pane.body);
  const detected = E.outcomeIn(item.subject, pane.body);
  renderOutcomes(detected);
  $('outcome-amount').value = E.amountIn(pane.body) || '';
  $('outcome-reason').value = detected === 'Rejected' ? E.whatWasAsked(pane.body) : '';
  $('outcome-date').value = item.dateTimeCreated ? new Date(item.dateTimeCreated).toISOString().slice(0, 10) : todayIso();
}

async function start() {
  pane.lang = window.CoopStrings.languageFor(Office.context && Office.context.displayLanguage);
  applyTexts();
  const item = Office.context && Office.context.mailbox && Office.context.mailbox.item;
  if (!item) { $('loading').hidden = true; showError(t('notInOffice')); return; }
  pane.item = item;
  renderMessage(item);
  renderAttachments(item.attachments || []);
  try {
    pane.body = await getAsync((cb) => { item.body.getAsync(Office.CoercionType.Text, cb); });
  } catch (e) {
    pane.body = '';
  }
  prefill(item);
  try {
    const list = await api('/claims');
    pane.claims = list.claims;
    pane.kinds = list.evidenceKinds;
    renderKinds(list.evidenceKinds);
    renderClaims(list.claims, E.claimFor(list.claims, item.subject, pane.body));
    showCaps(selectedClaim());
  } catch (e) {
    showError(t('loadFailed', [e.message]));
  }
  ['claims-section', 'outcome-section', 'attach-section', 'request-section'].forEach((id) => { $(id).hidden = false; });
  $('loading').hidden = true;
  $('main').setAttribute('aria-busy', 'false');
  document.body.dataset.ready = 'true';
}

$('attach').addEventListener('click', attachSelected);
$('claims').addEventListener('change', () => { showCaps(selectedClaim()); });
$('record').addEventListener('click', recordRequest);
$('record-outcome').addEventListener('click', recordOutcome);
if (window.Office && Office.onReady) {
  Office.onReady(() => { start(); });
} else {
  pane.lang = window.CoopStrings.languageFor(navigator.language);
  applyTexts();
  $('loading').hidden = true;
  showError(t('notInOffice'));
}
