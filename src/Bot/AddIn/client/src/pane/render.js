// The pane's lists: the open email, its attachments, the person's claims, the evidence kinds and Partner Center's outcomes.
import { $, t, formatDate, formatSize } from './pane.js';

export const OUTCOMES = ['Approved', 'Rejected', 'Disputed', 'Paid'];

export function renderMessage(item) {
  $('subject').textContent = item.subject || t('noSubject');
  const from = item.from || {};
  $('sender').textContent = from.displayName && from.emailAddress ? `${from.displayName} <${from.emailAddress}>` : (from.emailAddress || from.displayName || '');
  $('message').hidden = false;
}

function choice(id, input, name, meta, className) {
  const row = document.createElement('div');
  row.className = className;
  input.id = id;
  const label = document.createElement('label');
  label.htmlFor = id;
  const nameEl = document.createElement('span');
  nameEl.className = 'name';
  nameEl.textContent = name;
  const metaEl = document.createElement('span');
  metaEl.className = meta.className;
  metaEl.textContent = meta.text;
  label.append(nameEl, meta.separator || '', metaEl);
  row.append(input, label);
  return row;
}

export function renderAttachments(attachments) {
  const box = $('attachments');
  const files = attachments.filter((a) => !a.isInline && (!a.attachmentType || a.attachmentType === 'file'));
  $('no-attachments').hidden = files.length > 0;
  files.forEach((a, index) => {
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.value = a.id;
    input.dataset.name = a.name;
    input.dataset.contentType = a.contentType || '';
    input.checked = files.length === 1;
    box.appendChild(choice(`attachment-${index}`, input, a.name, { className: 'muted', text: a.size ? formatSize(a.size) : '', separator: ' ' }, 'choice'));
  });
  $('attach').disabled = files.length === 0;
}

/** "#12 · Draft (in Partner Center: Editing) · Deadline 3 Mar 2027": the line under a claim's title. */
export function claimMeta(claim) {
  return `#${claim.reference} · ${claim.statusText} · ${t('deadline')} ${formatDate(claim.deadline)}`;
}

export function renderClaims(claims, selected) {
  const box = $('claims');
  $('no-claims').hidden = claims.length > 0;
  claims.forEach((c, index) => {
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'claim';
    input.value = c.id;
    input.checked = !!selected && selected.id === c.id;
    box.appendChild(choice(`claim-${index}`, input, c.title, { className: 'meta', text: claimMeta(c) }, 'choice claim'));
  });
}

export function renderKinds(kinds) {
  const select = $('kind');
  kinds.forEach((k) => {
    const option = document.createElement('option');
    option.value = k.kind;
    option.textContent = k.text;
    option.selected = k.kind === 'VendorInvoice';
    select.appendChild(option);
  });
}

export function renderOutcomes(detected) {
  const select = $('outcome-status');
  select.innerHTML = '';
  ['none'].concat(OUTCOMES).forEach((status) => {
    const option = document.createElement('option');
    option.value = status === 'none' ? '' : status;
    option.textContent = t(`outcome_${status}`);
    option.selected = status === detected || (status === 'none' && OUTCOMES.indexOf(detected) < 0);
    select.appendChild(option);
  });
}
