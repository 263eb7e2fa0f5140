// A test double for Office.js (served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js):
// Office.onReady, Office.context.displayLanguage and a read-mode mail item built from window.__fakeEmail
// ({ displayLanguage, subject, from: {displayName, emailAddress}, body, attachments: [{id, name, contentType, size, base64, readError?}] }).
// Sign-in (window.__fakeHost, optional): { sets: {NestedAppAuth, IdentityAPI, DialogApi}, emailAddress,
//   naa: { silent: {token, account} | {error}, interactive: ... }  -> window.nestedAppAuthBridge (MSAL's NAA bridge protocol),
//   officeSso: { token } | { error: {code, message} }              -> Office.auth.getAccessToken,
//   dialog: true                                                    -> Office.context.ui.displayDialogAsync (the driver opens the page) }
// Calls are recorded in window.__hostCalls.
(function () {
  'use strict';
  var email = window.__fakeEmail || {};
  var host = window.__fakeHost || {};
  var calls = window.__hostCalls = window.__hostCalls || [];
  function succeeded(value) { return { status: 'succeeded', value: value }; }
  function failed(message) { return { status: 'failed', error: { code: 9999, message: message } }; }
  // An Office.Error has a name, a message (English, whatever the display language) and a code:
  // https://learn.microsoft.com/javascript/api/office/office.error; Outlook names a bad attachment id InvalidAttachmentId
  // (https://learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-office-error-codes).
  function failedNamed(name, message) { return { status: 'failed', error: { name: name, code: 9999, message: message } }; }
  function later(callback, result) { if (callback) { setTimeout(function () { callback(result); }, 0); } }

  var attachments = (email.attachments || []).map(function (a) {
    return { id: a.id, name: a.name, contentType: a.contentType, size: a.size, attachmentType: 'file', isInline: false };
  });

  var item = {
    itemType: 'message',
    itemId: email.itemId || 'AAMkAGI2TG93AAA=',
    dateTimeCreated: email.received ? new Date(email.received) : new Date(),
    subject: email.subject || '',
    from: email.from || { displayName: '', emailAddress: '' },
    attachments: attachments,
    body: {
      getAsync: function (coercionType, options, callback) {
        if (typeof options === 'function') { callback = options; }
        later(callback, coercionType === 'text' ? succeeded(email.body || '') : failed('only text is faked'));
      }
    },
    getAttachmentContentAsync: function (id, options, callback) {
      if (typeof options === 'function') { callback = options; }
      var found = (email.attachments || []).filter(function (a) { return a.id === id; })[0];
      window.__attachmentReads = (window.__attachmentReads || 0) + 1;
      // An attachment with readError fails to read with that error name (the attachment went away, the item was moved...).
      later(callback, found && !found.readError ? succeeded({ format: 'base64', content: found.base64 })
        : failedNamed(found ? found.readError : 'InvalidAttachmentId', 'The attachment identifier does not exist.'));
    }
  };

  // MSAL's nested app authentication bridge as an Office host exposes it: JSON request envelopes in, response envelopes out.
  if (host.naa) {
    var listeners = [];
    window.nestedAppAuthBridge = {
      addEventListener: function (type, listener) { if (type === 'message') { listeners.push(listener); } },
      removeEventListener: function (type, listener) { listeners = listeners.filter(function (l) { return l !== listener; }); },
      postMessage: function (text) {
        var request = JSON.parse(text);
        calls.push({ api: 'naa', method: request.method, scope: request.tokenParams && request.tokenParams.scope });
        var answer = request.method === 'GetInitContext'
          ? { initContext: { sdkName: 'Outlook (test double)', sdkVersion: '1.0.0', capabilities: { queryAccount: false } } }
          : (request.method === 'GetToken' ? host.naa.silent : host.naa.interactive) || { error: { status: 'PERSISTENT_ERROR', code: 'not_faked' } };
        var response = Object.assign({ messageType: 'NestedAppAuthResponse', requestId: request.requestId, success: !answer.error }, answer);
        setTimeout(function () { listeners.forEach(function (l) { l(JSON.stringify(response)); }); }, 0);
      }
    };
  }

  var dialogHandlers = {};
  window.__deliverDialogMessage = function (message) {
    (dialogHandlers.dialogMessageReceived || []).forEach(function (h) { h({ message: message, origin: window.location.origin }); });
  };
  window.__deliverDialogEvent = function (code) {
    (dialogHandlers.dialogEventReceived || []).forEach(function (h) { h({ error: code }); });
  };
  var sets = host.sets || {};

  window.Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Text: 'text', Html: 'html' },
    MailboxEnums: { AttachmentContentFormat: { Base64: 'base64', Url: 'url', Eml: 'eml', ICalendar: 'iCalendar' } },
    HostType: { Outlook: 'Outlook' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    auth: {
      getAccessToken: function (options) {
        calls.push({ api: 'getAccessToken', options: options });
        var sso = host.officeSso || { error: { code: 13012, message: 'API is not supported in this platform.' } };
        return sso.token ? Promise.resolve(sso.token) : Promise.reject(sso.error);
      }
    },
    context: {
      displayLanguage: email.displayLanguage || 'en-US',
      mailbox: { item: item, userProfile: { emailAddress: host.emailAddress || (email.from && email.from.emailAddress) || '', accountType: 'office365' } },
      requirements: { isSetSupported: function (name) { return !!sets[name]; } },
      ui: {
        displayDialogAsync: function (url, options, callback) {
          calls.push({ api: 'displayDialogAsync', url: url });
          if (!host.dialog || !window.__openDialog) {
            setTimeout(function () { callback({ status: 'failed', error: { code: 12011, message: 'dialog blocked' } }); }, 0);
            return;
          }
          dialogHandlers = {};
          var dialog = {
            addEventHandler: function (type, handler) { (dialogHandlers[type] = dialogHandlers[type] || []).push(handler); },
            close: function () { calls.push({ api: 'dialog.close' }); if (window.__closeDialog) { window.__closeDialog(); } }
          };
          window.__openDialog(url).then(function () { callback({ status: 'succeeded', value: dialog }); });
        },
        messageParent: function (message) {
          calls.push({ api: 'messageParent' });
          window.__dialogMessage(message);
        }
      }
    },
    onReady: function (callback) {
      var info = { host: 'Outlook', platform: 'OfficeOnline' };
      return new Promise(function (resolve) { setTimeout(function () { if (callback) { callback(info); } resolve(info); }, 0); });
    }
  };
})();
