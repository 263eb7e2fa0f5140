// CoopAssistant's add-in API (../api/addin) with the signed-in person's token, and Office's callback APIs as promises.
import { pane, t, hasText } from './pane.js';

export async function api(path, options = {}) {
  const headers = { Accept: 'application/json', 'Accept-Language': pane.lang, ...(options.headers || {}) };
  let token = null;
  try {
    token = await window.CoopAuth.getToken();
  } catch (e) {
    // A sign-in failure names its reason (consent, cancelled, wrongTenant, unavailable): say what to do about it.
    const reason = e && e.reason ? `signIn${e.reason.charAt(0).toUpperCase()}${e.reason.slice(1)}` : 'signIn';
    throw new Error(hasText(reason) ? t(reason) : t('signIn'));
  }
  if (token) { headers.Authorization = `Bearer ${token}`; }
  let response;
  try {
    response = await fetch(`../api/addin${path}`, { method: options.method || 'GET', headers, body: options.body, credentials: 'omit' });
  } catch (e) {
    throw new Error(t('network'));
  }
  let data = null;
  try { data = await response.json(); } catch (e) { data = null; }
  if (!response.ok) {
    if (response.status === 401) { throw new Error(t('signIn')); }
    throw new Error(data && data.message ? data.message : `${t('network')} (${response.status})`);
  }
  return data;
}

// Office's AsyncResult.error carries an English message (https://learn.microsoft.com/javascript/api/office/office.error):
// the pane shows its own localised text for the error's name instead, never Office's words.
// Names: https://learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-office-error-codes and the Outlook
// attachment errors (InvalidAttachmentId, AttachmentTypeNotSupported, ItemNotFound, ...).
export function officeError(error) {
  const name = String((error && error.name) || '');
  const key = /Attachment/i.test(name) ? 'officeAttachment'
    : /NotFound|Deleted/i.test(name) ? 'officeItemGone'
      : /Permission|Denied|Access/i.test(name) ? 'officePermission'
        : /Timeout|Network|Server|Busy|Throttl/i.test(name) ? 'officeBusy'
          : 'officeFailed';
  const mapped = new Error(t(key));
  mapped.officeName = name;
  return mapped;
}

/** An Office callback API (getAttachmentContentAsync, body.getAsync…) as a promise; a failure is a localised error. */
export function getAsync(invoke) {
  return new Promise((resolve, reject) => {
    invoke((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) { resolve(result.value); } else { reject(officeError(result.error)); }
    });
  });
}
