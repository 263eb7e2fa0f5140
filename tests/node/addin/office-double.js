// A test double for Office.js (served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js):
// Office.onReady, Office.context.displayLanguage and a read-mode mail item built from window.__fakeEmail
// ({ displayLanguage, subject, from: {displayName, emailAddress}, body, attachments: [{id, name, contentType, size, base64}] }).
(function () {
  'use strict';
  var email = window.__fakeEmail || {};
  function succeeded(value) { return { status: 'succeeded', value: value }; }
  function failed(message) { return { status: 'failed', error: { code: 9999, message: message } }; }
  function later(callback, result) { if (callback) { setTimeout(function () { callback(result); }, 0); } }

  var attachments = (email.attachments || []).map(function (a) {
    return { id: a.id, name: a.name, contentType: a.contentType, size: a.size, attachmentType: 'file', isInline: false };
  });

  var item = {
    itemType: 'message',
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
      later(callback, found ? succeeded({ format: 'base64', content: found.base64 }) : failed('no such attachment'));
    }
  };

  window.Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Text: 'text', Html: 'html' },
    MailboxEnums: { AttachmentContentFormat: { Base64: 'base64', Url: 'url', Eml: 'eml', ICalendar: 'iCalendar' } },
    HostType: { Outlook: 'Outlook' },
    context: { displayLanguage: email.displayLanguage || 'en-US', mailbox: { item: item } },
    onReady: function (callback) {
      var info = { host: 'Outlook', platform: 'OfficeOnline' };
      return new Promise(function (resolve) { setTimeout(function () { if (callback) { callback(info); } resolve(info); }, 0); });
    }
  };
})();
