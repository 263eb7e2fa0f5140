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
    };
  },
  getToken() {
    return authentication.getAuthToken();
  },
  openLink(url) {
    return app.openLink(url);
  },
};
