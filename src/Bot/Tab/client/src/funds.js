// "Record a fund" and "Import funds from a CSV file" on the Organization view (Incentives administrators; the API checks it again).
// The form posts to /api/tab/funds; the file goes to /api/tab/funds/import/preview (nothing stored: what importing would do, errors
// with their line numbers), then, when it has no error, to /api/tab/funds/import. Both refresh the unclaimed funds table.
import { el, clear } from './dom.js';
import { formatAmount } from './format.js';

const PROGRAMS = ['PartnerCoop', 'OnlineServicesAdvisor', 'DynamicsIsv'];
const INPUTS = {
  'fund.program': 'fund-program',
  'fund.location': 'fund-location',
  'fund.usageStart': 'fund-start',
  'fund.usageEnd': 'fund-end',
  'fund.amount': 'fund-amount',
  'fund.currency': 'fund-currency',
};

function fieldLabel(field) {
  const input = document.getElementById(INPUTS[field] || '');
  const label = input && document.querySelector(`label[for="${input.id}"]`);
  return label ? label.textContent : field;
}

function showStatus(node, text, good) {
  node.textContent = text;
  node.className = good ? 'good' : 'bad';
  node.hidden = !text;
}

function listErrors(list, items) {
  clear(list);
  items.forEach((text) => list.appendChild(el('li', {}, text)));
  list.hidden = items.length === 0;
}

export function setupFunds(ctx, post, refresh) {
  const { t, lang } = ctx;
  const select = document.getElementById('fund-program');
  clear(select);
  select.appendChild(el('option', { value: '' }, t('chooseProgram')));
  PROGRAMS.forEach((p) => select.appendChild(el('option', { value: p }, t(`program_${p}`))));

  const form = document.getElementById('fund-form');
  const result = document.getElementById('fund-result');
  const errors = document.getElementById('fund-errors');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    Object.values(INPUTS).forEach((id) => document.getElementById(id).removeAttribute('aria-invalid'));
    const amount = document.getElementById('fund-amount').value;
    const payload = {
      program: select.value,
      location: document.getElementById('fund-location').value,
      usageStart: document.getElementById('fund-start').value,
      usageEnd: document.getElementById('fund-end').value,
      amount: amount === '' ? null : Number(amount),
      currency: document.getElementById('fund-currency').value.trim().toUpperCase(),
    };
    form.dataset.state = 'busy';
    try {
      const recorded = await post('funds', payload);
      listErrors(errors, []);
      const fund = recorded.fund;
      showStatus(result, t(`fundRecorded_${recorded.action}`, [formatAmount(lang, fund.available, fund.currency)]), true);
      await refresh();
    } catch (error) {
      const fieldErrors = error.errors || [];
      fieldErrors.forEach((e) => { if (INPUTS[e.field]) document.getElementById(INPUTS[e.field]).setAttribute('aria-invalid', 'true'); });
      showStatus(result, error.status === 403 ? t('fundsForbidden') : t('fundNotRecorded'), false);
      listErrors(errors, fieldErrors.length > 0 ? fieldErrors.map((e) => `${fieldLabel(e.field)}: ${e.message}`) : [error.message || String(error.status)]);
    } finally {
      form.dataset.state = 'done';
    }
  });

  const file = document.getElementById('import-file');
  const previewButton = document.getElementById('import-preview');
  const importButton = document.getElementById('import-confirm');
  const summary = document.getElementById('import-summary');
  const importErrors = document.getElementById('import-errors');
  const box = document.getElementById('import-box');
  const show = (answer, imported) => {
    const counts = [answer.adds, answer.changes, answer.unchanged];
    const lines = [];
    if (answer.totalErrors > 0) {
      showStatus(summary, t('importErrors', [answer.totalErrors]), false);
      answer.errors.forEach((e) => lines.push(t('importErrorLine', [e.line, e.column ? ` (${e.column})` : '', e.message])
        + (e.value ? ` «${e.value}»` : '')));
    } else {
      showStatus(summary, t(imported ? 'importDone' : 'importPreview', counts), true);
    }
    listErrors(importErrors, lines);
  };
  const upload = async (path) => {
    const data = new FormData();
    data.append('file', file.files[0]);
    // A file with errors is answered 400 with the same preview body (what is wrong, line by line).
    return post(path, data, (status, body) => status === 400 && Array.isArray(body.errors) && 'canImport' in body);
  };
  file.addEventListener('change', () => {
    importButton.disabled = true;
    showStatus(summary, '', true);
    listErrors(importErrors, []);
  });
  previewButton.addEventListener('click', async () => {
    importButton.disabled = true;
    if (!file.files || file.files.length === 0) {
      showStatus(summary, t('chooseFile'), false);
      return;
    }
    box.dataset.state = 'busy';
    try {
      const answer = await upload('funds/import/preview');
      show(answer, false);
      importButton.disabled = !answer.canImport;
    } catch (error) {
      showStatus(summary, error.message || t('loadFailed', [error.status]), false);
      listErrors(importErrors, []);
    } finally {
      box.dataset.state = 'previewed';
    }
  });
  importButton.addEventListener('click', async () => {
    importButton.disabled = true;
    box.dataset.state = 'busy';
    try {
      const answer = await upload('funds/import');
      show(answer, answer.imported);
      if (answer.imported) await refresh();
    } catch (error) {
      showStatus(summary, error.message || t('loadFailed', [error.status]), false);
    } finally {
      box.dataset.state = 'imported';
    }
  });
}
