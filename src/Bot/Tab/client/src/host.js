// Where the page runs: inside a Microsoft 365 host (an iframe in Teams, Outlook or microsoft365.com: teams.js is loaded and
// gives the locale, the theme and the SSO token) or in a plain browser (local mode: no token, the host's development identity).
const HOST_TIMEOUT_MS = 5000;

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.appendChild(script);
  });
}

function withTimeout(promise, ms) {
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error('no host answered')), ms))]);
}

export async function connectHost() {
  const params = new URLSearchParams(window.location.search);
  const framed = window.parent !== window || params.get('host') === 'teams';
  if (!framed) {
    return { inHost: false, locale: '', theme: 'default', getToken: async () => null, openLink: (url) => window.open(url, '_blank', 'noopener') };
  }

  try {
    await loadScript('teams.js');
    const context = await withTimeout(window.CoopTeams.init(), HOST_TIMEOUT_MS);
    return { inHost: true, locale: context.locale, theme: context.theme, subPageId: context.subPageId || '', getToken: () => window.CoopTeams.getToken(), openLink: (url) => window.CoopTeams.openLink(url) };
  } catch {
    // Framed by something that is not a Microsoft 365 host: behave as a plain browser.
    return { inHost: false, locale: '', theme: 'default', getToken: async () => null, openLink: (url) => window.open(url, '_blank', 'noopener') };
  }
}
