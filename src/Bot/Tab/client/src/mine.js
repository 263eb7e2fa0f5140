// "My claims": a horizontal timeline (usage period, then the time left to the deadline coloured by urgency, and a line for
// today), a keyboard-reachable list of the same claims, and the detail of the chosen claim.
import { Chart, colours, urgencyColours } from './charts.js';
import { dayNumber, daysText, formatAmount, formatDate, formatDay, respondByText } from './format.js';
import { el, clear } from './dom.js';

const ROW_PX = 34;

export function renderMine(view, ctx) {
  const { t, lang } = ctx;
  const section = document.getElementById('view-mine');
  const list = document.getElementById('claim-list');
  clear(list);
  document.getElementById('no-claims').hidden = view.claims.length > 0;
  document.getElementById('timeline-box').hidden = view.claims.length === 0;
  if (view.claims.length === 0) {
    return null;
  }

  const today = dayNumber(view.today);
  const labels = view.claims.map((c) => c.title);
  const box = document.getElementById('timeline-box');
  box.style.height = `${Math.max(180, 90 + view.claims.length * ROW_PX)}px`;
  const canvas = document.getElementById('timeline');
  canvas.setAttribute('aria-label', t('timelineLabel'));

  const open = (index) => ctx.openDetail(view.claims[index].id);
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          label: t('usagePeriod'),
          data: view.claims.map((c) => [dayNumber(c.usageStart), dayNumber(c.usageEnd) + 1]),
          backgroundColor: colours.usage,
          grouped: false,
        },
        {
          label: t('toDeadline'),
          data: view.claims.map((c) => [dayNumber(c.usageEnd) + 1, dayNumber(c.deadline) + 1]),
          backgroundColor: view.claims.map((c) => urgencyColours[c.urgency]),
          grouped: false,
        },
        {
          // Today: a thin bar on every row, which lines up into one vertical mark across the chart.
          label: t('today'),
          data: view.claims.map(() => [today + 0.5, today + 0.62]),
          backgroundColor: colours.today,
          grouped: false,
          barPercentage: 1,
          categoryPercentage: 1,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: {
          type: 'linear',
          beginAtZero: false,
          min: Math.min(today, ...view.claims.map((c) => dayNumber(c.usageStart))) - 2,
          max: Math.max(today, ...view.claims.map((c) => dayNumber(c.deadline))) + 3,
          title: { display: true, text: t('dateAxis') },
          ticks: { callback: (value) => formatDay(lang, value, 'short'), maxTicksLimit: 8 },
        },
        y: { type: 'category', ticks: { autoSkip: false } },
      },
      plugins: {
        legend: { position: 'top' },
        tooltip: {
          callbacks: {
            label: (item) => {
              const c = view.claims[item.dataIndex];
              if (item.datasetIndex === 2) return `${t('today')}: ${formatDate(lang, view.today)}`;
              if (item.datasetIndex === 0) return `${t('usagePeriod')}: ${formatDate(lang, c.usageStart)} – ${formatDate(lang, c.usageEnd)}`;
              return `${t('deadline')}: ${formatDate(lang, c.deadline)} (${daysText(t, c.daysLeft)}) · ${c.statusText}`;
            },
          },
        },
      },
      onClick: (_event, elements) => {
        const hit = elements.find((e) => e.datasetIndex < 2);
        if (hit) open(hit.index);
      },
      onHover: (event, elements) => {
        event.native.target.style.cursor = elements.some((e) => e.datasetIndex < 2) ? 'pointer' : 'default';
      },
    },
  });

  view.claims.forEach((c, index) => {
    const button = el('button', { type: 'button', className: `claim urgency-${c.urgency}`, 'data-claim': c.id }, [
      el('span', { className: 'claim-title' }, c.title),
      el('span', { className: 'claim-meta' }, `${c.statusText} · ${t('deadline')} ${formatDate(lang, c.deadline)} · ${daysText(t, c.daysLeft)}`),
      el('span', { className: 'claim-meta' }, `${t('checklist', [c.checklistDone, c.checklistRequired])} · ${formatAmount(lang, c.amount, c.currency)}`),
      el('span', { className: 'badge' }, t(`urgency_${c.urgency}`)),
    ]);
    button.addEventListener('click', () => open(index));
    list.appendChild(el('li', {}, [button]));
  });
  section.dataset.rendered = 'true';
  return chart;
}

export function renderDetail(detail, ctx) {
  const { t, lang } = ctx;
  const panel = document.getElementById('detail');
  clear(panel);
  const facts = el('dl', { className: 'facts' }, [
    el('dt', {}, t('status')), el('dd', {}, `${detail.statusText} (${t(`urgency_${detail.urgency}`)})`),
    el('dt', {}, t('activity')), el('dd', {}, detail.activityText),
    el('dt', {}, t('usagePeriod')), el('dd', {}, `${formatDate(lang, detail.usageStart)} – ${formatDate(lang, detail.usageEnd)}`),
    el('dt', {}, t('deadline')), el('dd', {}, `${formatDate(lang, detail.deadline)} (${daysText(t, detail.daysLeft)})`),
    el('dt', {}, t('amount')), el('dd', {}, formatAmount(lang, detail.amount, detail.currency)),
    el('dt', {}, t('owner')), el('dd', {}, detail.ownerDisplayName || ''),
  ]);
  const checklist = el('ul', { className: 'checklist' }, detail.checklist.map((item) => {
    const state = item.count > 0 ? 'present' : item.required ? 'missing' : 'optional';
    return el('li', { className: state }, [el('span', { 'aria-hidden': 'true' }, state === 'present' ? '✓ ' : state === 'missing' ? '✗ ' : '○ '), `${item.text}: ${t(state)}`]);
  }));
  const children = [
    el('h3', { id: 'detail-title', tabindex: '-1' }, `${detail.title} (${detail.reference})`),
    facts,
    el('h4', {}, t('evidenceHeading')),
    checklist,
  ];
  if (detail.review) {
    children.push(el('h4', {}, t('reviewHeading')));
    children.push(el('p', { className: 'review-state' }, t(`review${detail.review.state}`)));
    if (detail.review.lines.length > 0) {
      children.push(el('ul', { className: 'review' }, detail.review.lines.map((line) => el('li', {}, line))));
    }
  }
  // The activity type's caps, in the claim card's words (the API says a USD limit on a claim in another currency as such).
  if (detail.caps && detail.caps.length > 0) {
    children.push(el('h4', {}, t('capsHeading')));
    children.push(el('ul', { id: 'detail-caps', className: 'caps' }, detail.caps.map((note) => el('li', {}, note))));
  }
  if (detail.documentationRequests.length > 0) {
    children.push(el('h4', {}, t('requestsHeading')));
    children.push(el('ul', { id: 'detail-requests' }, detail.documentationRequests.map((r) => el('li', {}, `${t('respondBy')} ${respondByText(t, lang, r)}: ${r.whatWasAsked}`))));
  }
  if (detail.history && detail.history.length > 0) {
    children.push(el('h4', {}, t('historyHeading')));
    children.push(el('ol', { id: 'history', className: 'history' }, detail.history.map((h) => el('li', {}, [
      el('span', {}, `${new Date(h.at).toLocaleString(lang)} · ${h.who} ${h.action}`),
      el('ul', {}, h.changes.map((c) => el('li', {}, c))),
    ]))));
  }

  const actions = el('div', { className: 'actions' });
  if (ctx.botId) {
    const link = `https://teams.microsoft.com/l/chat/0/0?users=28:${encodeURIComponent(ctx.botId)}&message=${encodeURIComponent(detail.chatCommand)}`;
    const open = el('a', { href: link, id: 'open-in-chat', target: '_blank', rel: 'noopener' }, t('openInChat'));
    open.addEventListener('click', (event) => {
      event.preventDefault();
      ctx.host.openLink(link);
    });
    actions.appendChild(open);
  }
  const close = el('button', { type: 'button', id: 'detail-close' }, t('close'));
  close.addEventListener('click', () => {
    panel.hidden = true;
    const origin = document.querySelector(`#claim-list button[data-claim="${detail.id}"]`);
    if (origin) origin.focus();
  });
  actions.appendChild(close);
  children.push(actions);
  children.forEach((c) => panel.appendChild(c));
  panel.dataset.claim = detail.id;
  panel.hidden = false;
  document.getElementById('detail-title').focus();
}
