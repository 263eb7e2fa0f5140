// The task pane's token for /api/addin (window.CoopAuth.getToken), in the order Microsoft's guidance for Office add-ins gives
// (https://learn.microsoft.com/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in):
//  1. MSAL's createNestablePublicClientApplication: nested app authentication where the Office host brokers it, MSAL's own
//     browser flows elsewhere. Silent first; interactive (acquireTokenPopup) only when MSAL says interaction is required.
//  2. Office's single sign-on, Office.auth.getAccessToken, where the host supports IdentityAPI 1.3.
//  3. The Office dialog API: a dialog page signs in with MSAL's redirect flow and sends the token back (auth-dialog.html).
// A failure the user must act on (declined consent, a cancelled sign-in, an account of another organization) stops the chain
// with a SignInError whose reason the pane explains; a mechanism that is not available here lets the next one try.
import { createNestablePublicClientApplication, InteractionRequiredAuthError } from '@azure/msal-browser';
import { loadConfig, msalConfiguration, requiredTenant } from './config.js';
import { SignInError, classifyMsalError, classifyOfficeSsoError, tokenClaims } from './errors.js';

const base = new URL('.', document.baseURI);
let ready = null;
let remembered = null; // { token, expires } from Office SSO or the dialog (MSAL keeps its own cache)

function office() {
  return window.Office;
}

function supports(set, version) {
  const requirements = office() && office().context && office().context.requirements;
  return !!(requirements && requirements.isSetSupported(set, version));
}

function loginHint() {
  const profile = office() && office().context && office().context.mailbox && office().context.mailbox.userProfile;
  return (profile && profile.emailAddress) || undefined;
}

async function init() {
  const config = await loadConfig(base);
  if (!config.clientId) {
    return { config, pca: null };
  }
  const pca = await createNestablePublicClientApplication(msalConfiguration(config, base));
  return { config, pca };
}

/** Step 1: silent, then the pop-up only on InteractionRequiredAuthError. */
async function viaMsal(pca, request) {
  const account = pca.getActiveAccount() || pca.getAllAccounts()[0];
  try {
    const silent = account
      ? await pca.acquireTokenSilent({ ...request, account })
      : await pca.ssoSilent({ ...request, loginHint: loginHint() });
    return silent.accessToken;
  } catch (error) {
    if (!(error instanceof InteractionRequiredAuthError)) {
      throw error;
    }
  }
  const interactive = await pca.acquireTokenPopup({ ...request, loginHint: loginHint() });
  return interactive.accessToken;
}

/** Step 2: Office's own single sign-on (the token's audience is the app of the manifest's webApplicationInfo). */
function viaOfficeSso() {
  return office().auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true });
}

/** Step 3: the Office dialog; its page answers {accessToken} or {error, reason} through messageParent. */
function viaDialog() {
  const url = new URL('auth-dialog.html', base);
  const hint = loginHint();
  if (hint) { url.searchParams.set('loginHint', hint); }
  return new Promise((resolve, reject) => {
    office().context.ui.displayDialogAsync(url.href, { height: 60, width: 30 }, (opened) => {
      if (opened.status !== 'succeeded') {
        reject(new SignInError('unavailable', `dialog ${opened.error && opened.error.code}`));
        return;
      }
      const dialog = opened.value;
      dialog.addEventHandler(office().EventType.DialogMessageReceived, (arg) => {
        dialog.close();
        let message;
        try { message = JSON.parse(arg.message); } catch { message = {}; }
        if (message.accessToken) { resolve(message.accessToken); } else { reject(new SignInError(message.reason || 'unavailable', message.error)); }
      });
      dialog.addEventHandler(office().EventType.DialogEventReceived, (arg) => {
        // 12006: the user closed the dialog; 12002/12003: its page could not be loaded.
        reject(new SignInError(arg.error === 12006 ? 'cancelled' : 'unavailable', `dialog event ${arg.error}`));
      });
    });
  });
}

function checkTenant(config, token) {
  const tenant = requiredTenant(config);
  const claims = tokenClaims(token);
  if (tenant && String(claims.tid).toLowerCase() !== tenant) {
    throw new SignInError('wrongTenant', `token of tenant ${claims.tid}`);
  }
  return claims;
}

function remember(config, token) {
  const claims = checkTenant(config, token);
  remembered = { token, expires: (claims.exp || 0) * 1000 - 5 * 60 * 1000 };
  return token;
}

/** An access token for the API, or null in local mode (the host then uses its development identity). */
async function getToken() {
  ready = ready || init();
  const { config, pca } = await ready;
  if (!pca) { return null; }
  if (remembered && remembered.expires > Date.now()) { return remembered.token; }

  const request = { scopes: [config.scope] };
  try {
    const token = await viaMsal(pca, request);
    checkTenant(config, token);
    return token;
  } catch (error) {
    if (error instanceof SignInError) { throw error; }
    const stop = classifyMsalError(error);
    if (stop) { throw stop; }
  }

  if (supports('IdentityAPI', '1.3')) {
    try {
      return remember(config, await viaOfficeSso());
    } catch (error) {
      if (error instanceof SignInError) { throw error; }
      const stop = classifyOfficeSsoError(error);
      if (stop) { throw stop; }
    }
  }

  if (supports('DialogApi', '1.1')) {
    return remember(config, await viaDialog());
  }
  throw new SignInError('unavailable', 'no sign-in mechanism is available in this Office host');
}

window.CoopAuth = { getToken };
