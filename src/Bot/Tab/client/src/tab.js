// The claims dashboard tab: picks the language (?lang, the host's locale, the browser's), connects to the Microsoft 365 host
// when framed by one (SSO token), then draws "My claims", for Incentives administrators "Organization", and "Company identity"
// (read-only for everyone else).
import { applyTheme, Chart } from './charts.js';
import { connectHost } from './host.js';
import { createApi, createPost, createPut } from './api.js';
import { pickLanguage, translator } from './strings.js';
import { renderDetail, renderMine } from './mine.js';
import { renderFunds, renderOrganization } from './org.js';
import { setupFunds } from './funds.js';
import { setupPartner } from './partner.js';

function setTexts(t) {
  document.querySelectorAll('[data-text]').forEach((node) => { node.textContent = t(node.dataset.text); });
  document.querySelectorAll('[data-label]').forEach((node) => { node.setAttribute('aria-label', t(node.dataset.label)); });
  document.title = t('title');
}

function showError(t, error) {
  const box = document.getElementById('error');
  let message;
  if (error.status === 401) message = t('signIn');
  else if (error.status === 403 && error.code === 'Forbidden') message = t('forbidden');
  else if (error.status === 0) message = t('network');
  else message = t('loadFailed', [error.message || error.status || '']);
  box.textContent = message;
  box.hidden = false;
}

function setupTabs(showOrg) {
  const tabs = [document.getElementById('tab-mine'), document.getElementById('tab-org'), document.getElementById('tab-partner')];
  document.getElementById('tab-org').hidden = !showOrg;
  const select = (tab) => {
    tabs.forEach((other) => {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
    });
  };
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => select(tab));
    tab.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      const visible = tabs.filter((x) => !x.hidden);
      const next = visible[(visible.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : visible.length - 1)) % visible.length];
      select(next);
      next.focus();
      event.preventDefault();
    });
    if (index === 0) select(tab);
  });
}

async function main() {
  const params = new URLSearchParams(window.location.search);
  const host = await connectHost();
  const lang = pickLanguage(params.get('lang'), host.locale, ...(navigator.languages || [navigator.language]));
  const t = translator(lang);
  document.documentElement.lang = lang;
  document.body.classList.add(`theme-${host.theme}`);
  applyTheme(host.theme);
  setTexts(t);

  const get = createApi(host, lang);
  const config = await fetch('config.json', { credentials: 'omit' }).then((r) => (r.ok ? r.json() : {})).catch(() => ({}));
  const ctx = { t, lang, host, botId: config.botId || '' };
  ctx.openDetail = async (id) => {
    try {
      renderDetail(await get(`claims/${encodeURIComponent(id)}`), ctx);
    } catch (error) {
      showError(t, error);
    }
  };

  try {
    const mine = await get('claims');
    setupTabs(mine.isAdministrator);
    renderMine(mine, ctx);
    await setupPartner(ctx, get, createPut(host, lang));
    // A claim link (/claims/{id}) leads here with ?claim={id}, or through the Teams deep link's subEntityId: open that claim
    // (the API answers 404 for a claim the person may not see, shown as the usual error).
    const chosen = params.get('claim') || host.subPageId || '';
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(chosen)) await ctx.openDetail(chosen);
    if (mine.isAdministrator) {
      // Drawn while its panel is hidden would give zero-size canvases: show it for the first layout, then hide it again.
      const panel = document.getElementById('view-org');
      panel.hidden = false;
      renderOrganization(await get('organization'), ctx);
      panel.hidden = true;
      setupFunds(ctx, createPost(host, lang), async () => renderFunds((await get('organization')).funds || [], ctx));
      if (params.get('view') === 'organization') document.getElementById('tab-org').click();
    }
  } catch (error) {
    showError(t, error);
  } finally {
    document.body.dataset.ready = 'true';
  }
}

// For tests and tools: the charts on the page (Chart.js instances by canvas id).
window.coopTab = { chart: (id) => Chart.getChart(id) };
main();
