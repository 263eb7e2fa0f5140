// "Attach as evidence": the chosen attachments, read from Outlook, uploaded to the claim one by one, then the review's lines.
import { $, t, pane, showError, addResult, selectedClaim } from './pane.js';
import { api, getAsync } from './api.js';

function base64ToBytes(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
  return bytes;
}

function sleep(ms) { return new Promise((resolve) => { setTimeout(resolve, ms); }); }

async function attachOne(claim, input, kind, kindText, list) {
  const name = input.dataset.name;
  const row = addResult(list, t('reading', [name]));
  try {
    const content = await getAsync((cb) => { pane.item.getAttachmentContentAsync(input.value, cb); });
    if (!content || content.format !== Office.MailboxEnums.AttachmentContentFormat.Base64) { throw new Error(t('cannotRead')); }
    row.textContent = t('uploading', [name]);
    const form = new FormData();
    form.append('file', new Blob([base64ToBytes(content.content)], { type: input.dataset.contentType || 'application/octet-stream' }), name);
    const result = await api(`/claims/${claim.id}/evidence?kind=${encodeURIComponent(kind)}`, { method: 'POST', body: form });
    claim.version = result.version;
    row.textContent = t('attached', [name, kindText]);
    row.className = 'ok';
    return result.evidence && result.evidence.id ? result.evidence.id : null;
  } catch (e) {
    row.textContent = t('failed', [name, e.message || String(e)]);
    row.className = 'failed';
    return null;
  }
}

export async function attachSelected() {
  showError('');
  const claim = selectedClaim();
  if (!claim) { showError(t('selectClaim')); return; }
  if (!claim.acceptsEvidence) { showError(t('notAcceptingEvidence')); return; }
  const chosen = Array.from(document.querySelectorAll('#attachments input:checked'));
  if (chosen.length === 0) { showError(t('selectAttachment')); return; }
  const kind = $('kind').value;
  const kindText = $('kind').selectedOptions[0].textContent;
  const list = $('attach-results');
  list.innerHTML = '';
  const attachedIds = [];
  $('attach').disabled = true;
  try {
    for (const input of chosen) {
      const id = await attachOne(claim, input, kind, kindText, list);
      if (id) { attachedIds.push(id); }
    }
    if (attachedIds.length > 0) { await showReview(claim.id, attachedIds); }
  } finally {
    $('attach').disabled = false;
  }
}

// The evidence review runs in the background after each attachment: ask the claim again (at most 40 times, a second apart)
// until it is no longer pending, then show the line of each document this pane added (✓ / ⚠ / ✗ and the reason).
async function showReview(claimId, ids) {
  const list = $('review-results');
  list.innerHTML = '';
  list.dataset.state = 'reviewing';
  const waiting = addResult(list, t('reviewing'));
  try {
    for (let attempt = 0; attempt < 40; attempt++) {
      const detail = await api(`/claims/${claimId}`);
      const review = detail && detail.review;
      if (review && review.state !== 'Pending') {
        list.innerHTML = '';
        review.documents.filter((d) => ids.indexOf(d.evidenceId) >= 0).forEach((d) => {
          const row = addResult(list, d.line);
          row.className = d.outcome === 'Fine' ? 'ok' : d.outcome === 'Warning' ? 'warn' : 'failed';
        });
        list.dataset.state = 'reviewed';
        return;
      }
      await sleep(1000);
    }
    waiting.textContent = t('reviewLater');
    list.dataset.state = 'late';
  } catch (e) {
    waiting.textContent = e.message || String(e);
    waiting.className = 'failed';
    list.dataset.state = 'failed';
  }
}
