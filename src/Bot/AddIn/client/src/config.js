// The pane's sign-in settings (/addin/config.json) and the MSAL configuration built from them.

/** Reads /addin/config.json: { clientId, scope, authority, knownAuthorities }; an empty clientId is local mode (no sign-in). */
export async function loadConfig(base) {
  const response = await fetch(new URL('config.json', base), { credentials: 'omit', cache: 'no-store' });
  return response.ok ? response.json() : { clientId: '' };
}

/** The page MSAL's popups, silent iframes and redirects come back to (it hands the response to the page that asked). */
export function redirectUri(base) {
  return new URL('auth-redirect.html', base).href;
}

export function msalConfiguration(config, base) {
  return {
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      knownAuthorities: config.knownAuthorities || [],
      redirectUri: redirectUri(base),
    },
    cache: { cacheLocation: 'sessionStorage' },
  };
}

/** The tenant a deployment is limited to: the authority's tenant when it is an id, else null (multi-tenant). */
export function requiredTenant(config) {
  const segment = new URL(config.authority).pathname.split('/').filter(Boolean)[0] || '';
  return /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(segment) ? segment.toLowerCase() : null;
}
