// The Office dialog's page (auth-dialog.html): the sign-in fallback where neither nested app authentication nor Office SSO
// works. It runs MSAL's standard client (a dialog has no nested-app bridge) with the redirect flow, then sends the pane
// {accessToken} or {error, reason} through Office.context.ui.messageParent.
// https://learn.microsoft.com/office/dev/add-ins/develop/auth-with-office-dialog-api
import { createStandardPublicClientApplication, InteractionRequiredAuthError } from '@azure/msal-browser';
import { loadConfig, msalConfiguration } from './config.js';
import { classifyMsalError } from './errors.js';

const base = new URL('.', document.baseURI);

function send(message) {
  window.Office.context.ui.messageParent(JSON.stringify(message));
}

async function run() {
  await window.Office.onReady();
  const config = await loadConfig(base);
  if (!config.clientId) {
    send({ error: 'not_configured', reason: 'unavailable' });
    return;
  }
  const pca = await createStandardPublicClientApplication(msalConfiguration(config, base));
  const request = { scopes: [config.scope] };
  try {
    const returned = await pca.handleRedirectPromise();
    if (returned) {
      send({ accessToken: returned.accessToken });
      return;
    }
    const account = pca.getAllAccounts()[0];
    if (account) {
      try {
        send({ accessToken: (await pca.acquireTokenSilent({ ...request, account })).accessToken });
        return;
      } catch (error) {
        if (!(error instanceof InteractionRequiredAuthError)) { throw error; }
      }
    }
    const loginHint = new URL(window.location.href).searchParams.get('loginHint') || undefined;
    await pca.acquireTokenRedirect({ ...request, loginHint, redirectStartPage: window.location.href });
  } catch (error) {
    const reason = classifyMsalError(error);
    send({ error: (error && error.errorCode) || 'sign_in_failed', reason: reason ? reason.reason : 'unavailable' });
  }
}

run();
