// What every part of the task pane shares: the page language, the open email and the claims the API listed, the texts
// (window.CoopStrings, strings.js) and the element lookup.
export const pane = { lang: 'en-US', claims: [], kinds: [], item: null, body: '' };

export function $(id) { return document.getElementById(id); }

/** The pane's text for key in the page language; values fill {0}, {1}… */
export function t(key, values) { return window.CoopStrings.get(pane.lang, key, values); }

export function hasText(key) { return window.CoopStrings.has(pane.lang, key); }

export function showError(message) {
  const el = $('error');
  el.textContent = message;
  el.hidden = !message;
}

export function addResult(list, text, ok) {
  const li = document.createElement('li');
  li.className = ok === true ? 'ok' : (ok === false ? 'failed' : 'working');
  li.textContent = text;
  list.appendChild(li);
  return li;
}

export function selectedClaim() {
  const checked = document.querySelector('input[name="claim"]:checked');
  return checked ? pane.claims.find((c) => c.id === checked.value) : null;
}

export function formatDate(iso) {
  const parts = String(iso).split('-');
  const date = new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2]));
  return date.toLocaleDateString(pane.lang, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
}

// In the page language's digits: "1.5 MB" in en-US, "1,5 MB" in pt-BR.
export function formatSize(bytes) {
  if (bytes >= 1048576) {
    return `${new Intl.NumberFormat(pane.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1048576)} MB`;
  }
  return `${new Intl.NumberFormat(pane.lang).format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

export function todayIso() {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())).toISOString().slice(0, 10);
}
