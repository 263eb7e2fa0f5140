// "Company identity": the company's legal names and tax ids (CNPJ, VAT, EIN…), which the evidence review compares invoice
// issuers with (an invoice the company issued to itself is in-house work). Everyone sees them; only Incentives administrators
// change them (the API checks it again: 403 for others). GET/PUT /api/tab/partner.
import { el, clear } from './dom.js';

const lines = (text) => text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);

function showStatus(node, text, good) {
  node.textContent = text;
  node.className = good ? 'good' : 'bad';
  node.hidden = !text;
}

export async function setupPartner(ctx, get, put) {
  const { t } = ctx;
  const form = document.getElementById('partner-form');
  const names = document.getElementById('partner-names');
  const ids = document.getElementById('partner-ids');
  const save = document.getElementById('partner-save');
  const note = document.getElementById('partner-note');
  const result = document.getElementById('partner-result');
  const errors = document.getElementById('partner-errors');
  const show = (identity) => {
    names.value = (identity.legalNames || []).join('\n');
    ids.value = (identity.taxIds || []).join('\n');
    names.readOnly = !identity.canEdit;
    ids.readOnly = !identity.canEdit;
    save.hidden = !identity.canEdit;
    note.textContent = identity.canEdit ? t('partnerEditHint') : t('partnerReadOnly');
    form.dataset.editable = String(Boolean(identity.canEdit));
  };
  show(await get('partner'));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (names.readOnly) return;
    form.dataset.state = 'busy';
    [names, ids].forEach((input) => input.removeAttribute('aria-invalid'));
    try {
      show(await put('partner', { legalNames: lines(names.value), taxIds: lines(ids.value) }));
      clear(errors);
      errors.hidden = true;
      showStatus(result, t('partnerSaved'), true);
    } catch (error) {
      const fieldErrors = error.errors || [];
      fieldErrors.forEach((e) => {
        const input = /tax/i.test(e.field || '') ? ids : names;
        input.setAttribute('aria-invalid', 'true');
      });
      showStatus(result, error.status === 403 ? t('partnerForbidden') : t('partnerNotSaved'), false);
      clear(errors);
      (fieldErrors.length > 0 ? fieldErrors.map((e) => e.message) : [error.message || String(error.status)])
        .forEach((text) => errors.appendChild(el('li', {}, text)));
      errors.hidden = false;
    } finally {
      form.dataset.state = 'done';
    }
  });
}
