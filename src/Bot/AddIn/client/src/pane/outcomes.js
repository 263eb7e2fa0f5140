// Partner Center's answers recorded on the claim: a documentation request (respond-by date and what was asked) or an
// outcome (approved, rejected, dispute filed, paid) with the email kept in the claim's history.
import { $, t, pane, showError, selectedClaim, formatDate, todayIso } from './pane.js';
import { api } from './api.js';
import { claimMeta } from './render.js';

async function recording(resultId, buttonId, work) {
  const result = $(resultId);
  result.className = 'result working';
  result.textContent = t('recording');
  $(buttonId).disabled = true;
  try {
    result.textContent = await work();
    result.className = 'result ok';
  } catch (e) {
    result.className = 'result failed';
    result.textContent = e.message || String(e);
  } finally {
    $(buttonId).disabled = false;
  }
}

export async function recordRequest() {
  showError('');
  const claim = selectedClaim();
  if (!claim) { showError(t('selectClaim')); return; }
  if (!claim.acceptsDocumentationRequest) { showError(t('notAcceptingRequest')); return; }
  const respondBy = $('respond-by').value;
  const asked = $('asked').value.trim();
  if (!respondBy || !asked) { showError(t('needDateAndText')); return; }
  await recording('request-result', 'record', async () => {
    const recorded = await api(`/claims/${claim.id}/documentation-requests`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ whatWasAsked: asked, respondBy, requestedOn: todayIso() }),
    });
    claim.version = recorded.version;
    claim.status = recorded.status;
    // Partner Center asked for more: the claim takes evidence again until it is resubmitted.
    claim.acceptsEvidence = recorded.status === 'AdditionalDocumentationRequested';
    claim.statusText = t('requestHeading');
    const meta = document.querySelector(`#claims input[value="${claim.id}"] + label .meta`);
    if (meta) { meta.textContent = claimMeta(claim); }
    return t('recorded', [formatDate(recorded.request.respondBy)]);
  });
}

function emailLink(item) {
  // Outlook on the web opens an item by its EWS id (the read form's query string); the history keeps this link.
  return item.itemId ? `https://outlook.office.com/owa/?ItemID=${encodeURIComponent(item.itemId)}&exvsurl=1&viewmodel=ReadMessageItem` : null;
}

export async function recordOutcome() {
  showError('');
  const claim = selectedClaim();
  if (!claim) { showError(t('selectClaim')); return; }
  const status = $('outcome-status').value;
  if (!status) { showError(t('chooseOutcome')); return; }
  if ((claim.outcomes || []).indexOf(status) < 0) { showError(t('outcomeNotAllowed', [t(`outcome_${status}`)])); return; }
  await recording('outcome-result', 'record-outcome', async () => {
    const received = pane.item.dateTimeCreated ? new Date(pane.item.dateTimeCreated).toISOString() : null;
    const recorded = await api(`/claims/${claim.id}/outcomes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        status,
        on: $('outcome-date').value || todayIso(),
        amount: $('outcome-amount').value ? Number($('outcome-amount').value) : null,
        reason: $('outcome-reason').value.trim() || null,
        emailLink: emailLink(pane.item),
        emailDate: received,
      }),
    });
    claim.version = recorded.version;
    claim.status = recorded.status;
    return t('outcomeRecorded', [t(`outcome_${status}`)]);
  });
}
