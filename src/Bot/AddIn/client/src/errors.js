// Sign-in failures the pane explains to the user (the message key in strings.js) versus failures of one sign-in mechanism that
// let the next one try (nested app authentication -> Office SSO -> Office dialog).
import { AuthError, BrowserAuthError, InteractionRequiredAuthError } from '@azure/msal-browser';

/** A sign-in failure with the reason the pane shows: consent, cancelled, wrongTenant, unavailable. */
export class SignInError extends Error {
  constructor(reason, detail) {
    super(`sign-in failed (${reason})${detail ? `: ${detail}` : ''}`);
    this.name = 'SignInError';
    this.reason = reason;
  }
}

// Entra: the account's organization is not the one the app is registered in (AADSTS50020, AADSTS90072) or the app does not
// exist in the account's organization (AADSTS700016). https://learn.microsoft.com/entra/identity-platform/reference-error-codes
const WRONG_TENANT = /AADSTS(50020|90072|700016)\b/;
// Entra: the user declined consent (AADSTS65004), or consent needs an administrator (AADSTS90094, AADSTS90008).
const CONSENT_DECLINED = /AADSTS(65004|90094|90008)\b/;

/** MSAL's error as the pane's decision: a SignInError to show, or null when the next mechanism should be tried. */
export function classifyMsalError(error) {
  const text = `${error && error.errorCode} ${error && error.errorMessage} ${error && error.message}`;
  if (WRONG_TENANT.test(text)) { return new SignInError('wrongTenant', text); }
  if (CONSENT_DECLINED.test(text) || (error && error.errorCode === 'access_denied')) { return new SignInError('consent', text); }
  if (error instanceof AuthError && (error.errorCode === 'user_cancelled' || error.errorCode === 'user_canceled')) {
    return new SignInError('cancelled', text);
  }
  if (error instanceof BrowserAuthError && (error.errorCode === 'popup_window_error' || error.errorCode === 'empty_window_error')) {
    return null; // a blocked pop-up: Office's own SSO or the dialog can still sign in
  }
  if (error instanceof InteractionRequiredAuthError) { return null; }
  return null;
}

// Office.auth.getAccessToken errors: https://learn.microsoft.com/office/dev/add-ins/develop/troubleshoot-sso-in-office-add-ins
// 13001 not signed in (the prompt was off), 13002 the user aborted, 13003 unsupported account type, 13006 client error,
// 13007 Office could not get a token, 13008 an earlier call is still running, 13010 IE-only Office on the web, 13012 SSO is not
// supported here (or the manifest has no WebApplicationInfo), 13013 called too often; 50001 SSO API unavailable.
export function classifyOfficeSsoError(error) {
  const code = error && error.code;
  if (code === 13002) { return new SignInError('cancelled', String(code)); }
  return null; // everything else: the dialog can still sign in
}

/** The JWT payload of an access token (no validation: the API validates; the pane only reads tid and exp). */
export function tokenClaims(token) {
  const part = token.split('.')[1] || '';
  const json = atob(part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '='));
  return JSON.parse(decodeURIComponent(Array.from(json, (c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join('')));
}
