// The Microsoft 365 host bridge (Teams, Outlook, microsoft365.com): context, SSO token, links. Bundled separately and
// loaded only when the page runs inside a host, so a plain browser never waits for a host that is not there.
import { app, authentication } from '@microsoft/teams-js';

window.CoopTeams = {
  async init() {
    await app.initialize();
    const context = await app.getContext();
    app.notifySuccess();
    return {
      locale: (context.app && context.app.locale) || '',
      theme: (context.app && context.app.theme) || 'default',
      // A deep link's context.subEntityId (the claim a /claims/{id} link names) arrives as page.subPageId.
      subPageId: (context.page && context.page.subPageId) || '',
    };
  },
  getToken() {
    return authentication.getAuthToken();
  },
  openLink(url) {
    return app.openLink(url);
  },
};

// The bot's sign-in fallback ends on the host's /auth/signin/end page, in the sign-in window Teams opened: that page loads this
// bundle with the outcome in data attributes, and it is reported to Teams, which closes the window and sends the bot
// signin/verifyState with the verification code (notifySuccess) or shows the failure (notifyFailure).
const outcome = document.documentElement.dataset.signinOutcome;
if (outcome) {
  const value = document.documentElement.dataset.signinValue || '';
  app.initialize().then(() => {
    if (outcome === 'success') {
      authentication.notifySuccess(value);
    } else {
      authentication.notifyFailure(value);
    }
  });
}
