// "Organization" (Incentives administrators): unsubmitted claims expiring in 14/30/45 days, the amount at risk by currency,
// open documentation requests with their respond-by dates, and claims submitted vs. expired by deadline month.
import { Chart, colours } from './charts.js';
import { daysText, formatAmount, formatDate, formatMonth, respondByText } from './format.js';
import { el, clear } from './dom.js';

function bar(canvas, label, labels, datasets, yTitle, xTitle, tooltip) {
  canvas.setAttribute('aria-label', label);
  return new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { title: { display: true, text: xTitle } },
        y: { beginAtZero: true, title: { display: true, text: yTitle }, ticks: { precision: 0 } },
      },
      plugins: { legend: { position: 'top' }, tooltip: tooltip ? { callbacks: { label: tooltip } } : {} },
    },
  });
}

export function renderOrganization(view, ctx) {
  const { t, lang } = ctx;
  const charts = [];
  charts.push(bar(
    document.getElementById('expiring-chart'), t('expiringLabel'),
    view.expiring.map((w) => t('withinDays', [w.days])),
    [{ label: t('claims'), data: view.expiring.map((w) => w.claims), backgroundColor: colours.expiring }],
    t('claims'), t('deadline')));

  const atRiskBox = document.getElementById('at-risk-box');
  document.getElementById('at-risk-hint').textContent = t('atRiskHint', [view.atRiskDays]);
  document.getElementById('none-at-risk').hidden = view.atRisk.length > 0;
  atRiskBox.hidden = view.atRisk.length === 0;
  if (view.atRisk.length > 0) {
    charts.push(bar(
      document.getElementById('at-risk-chart'), t('atRiskLabel'),
      view.atRisk.map((a) => a.currency),
      [{ label: t('atRiskHeading'), data: view.atRisk.map((a) => a.amount), backgroundColor: colours.risk }],
      t('amount'), t('currency'),
      (item) => `${formatAmount(lang, view.atRisk[item.dataIndex].amount, view.atRisk[item.dataIndex].currency)} · ${view.atRisk[item.dataIndex].claims} ${t('claims')}`));
    const totals = document.getElementById('at-risk-totals');
    clear(totals);
    view.atRisk.forEach((a) => totals.appendChild(el('li', {}, `${formatAmount(lang, a.amount, a.currency)} (${a.claims})`)));
  }

  document.getElementById('requests-heading').textContent = t('requestsOrgHeading', [view.openDocumentationRequests]);
  const rows = document.getElementById('requests-rows');
  clear(rows);
  document.getElementById('no-requests').hidden = view.documentationRequests.length > 0;
  document.getElementById('requests-table').hidden = view.documentationRequests.length === 0;
  view.documentationRequests.forEach((r) => {
    const open = el('button', { type: 'button', className: 'link', 'data-claim': r.claimId }, `${r.title} (${r.reference})`);
    open.addEventListener('click', () => ctx.openDetail(r.claimId));
    rows.appendChild(el('tr', { className: r.daysLeft <= 7 ? 'urgent' : '' }, [
      el('td', {}, `${respondByText(t, lang, r)} · ${daysText(t, r.daysLeft)}`),
      el('td', {}, [open]),
      el('td', {}, r.ownerDisplayName || ''),
      el('td', {}, r.whatWasAsked),
    ]));
  });

  charts.push(bar(
    document.getElementById('months-chart'), t('monthsLabel'),
    view.months.map((m) => formatMonth(lang, m.month)),
    [
      { label: t('submitted'), data: view.months.map((m) => m.submitted), backgroundColor: colours.submitted },
      { label: t('expired'), data: view.months.map((m) => m.expired), backgroundColor: colours.expired },
    ],
    t('claims'), t('month')));
  renderFunds(view.funds || [], ctx);
  document.getElementById('view-org').dataset.rendered = 'true';
  return charts;
}

// Unclaimed funds per program and currency, with the next claim deadline (the API never adds currencies together).
export function renderFunds(funds, ctx) {
  const { t, lang } = ctx;
  const rows = document.getElementById('funds-rows');
  clear(rows);
  const shown = funds.filter((f) => f.unclaimed > 0);
  document.getElementById('no-funds').hidden = shown.length > 0;
  document.getElementById('funds-table').hidden = shown.length === 0;
  shown.forEach((f) => {
    rows.appendChild(el('tr', {}, [
      el('td', {}, t(`program_${f.program}`)),
      el('td', {}, f.currency),
      el('td', {}, formatAmount(lang, f.unclaimed, f.currency)),
      el('td', {}, formatAmount(lang, f.available, f.currency)),
      el('td', {}, f.nextDeadline ? formatDate(lang, f.nextDeadline) : ''),
    ]));
  });
}
