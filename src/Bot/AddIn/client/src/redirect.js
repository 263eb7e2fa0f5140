// MSAL's redirect bridge (auth-redirect.html, the app registration's SPA redirect URI): hands the authorization response to
// the window that asked for it (pop-up or silent iframe) or back to the page that started a redirect (the dialog).
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

broadcastResponseToMainFrame().catch(() => {
  document.body.textContent = 'Sign-in could not be completed. Close this window and try again.';
});
