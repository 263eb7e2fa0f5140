/* Tokens for /api/addin: nested app authentication (MSAL.js) when the host has an Entra app configured; none in local mode. */
(function (global) {
  'use strict';
  var msalUrl = 'https://alcdn.msauth.net/browser/2.38.3/js/msal-browser.min.js';
  var app = null;
  var config = null;

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = function () { reject(new Error('MSAL.js could not be loaded')); };
      document.head.appendChild(s);
    });
  }

  async function init() {
    if (config) { return config; }
    var response = await fetch('config.json', { credentials: 'omit', cache: 'no-store' });
    config = response.ok ? await response.json() : { clientId: '' };
    if (config.clientId) {
      if (!global.msal) { await loadScript(msalUrl); }
      app = await global.msal.createNestablePublicClientApplication({
        auth: { clientId: config.clientId, authority: config.authority || 'https://login.microsoftonline.com/organizations' }
      });
    }
    return config;
  }

  /* An access token for the API, or null in local mode (the host uses its development identity). */
  async function getToken() {
    await init();
    if (!app) { return null; }
    var request = { scopes: [config.scope] };
    try {
      return (await app.acquireTokenSilent(request)).accessToken;
    } catch (silentError) {
      return (await app.acquireTokenPopup(request)).accessToken;
    }
  }

  global.CoopAuth = { getToken: getToken };
})(window);
