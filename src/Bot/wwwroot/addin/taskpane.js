/* CoopAssistant task pane: the open email's attachments to a claim as evidence, or Partner Center's documentation request. */
(function () {
  'use strict';
  var S = window.CoopStrings;
  var E = window.CoopEmailText;
  var lang = 'en-US';
  var state = { claims: [], kinds: [], item: null, body: '' };

  function $(id) { return document.getElementById(id); }
  function t(key, values) { return S.get(lang, key, values); }

  function applyTexts() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-text]').forEach(function (el) { el.textContent = t(el.getAttribute('data-text')); });
  }

  function showError(message) {
    var el = $('error');
    el.textContent = message;
    el.hidden = !message;
  }

  async function api(path, options) {
    options = options || {};
    var headers = Object.assign({ 'Accept': 'application/json', 'Accept-Language': lang }, options.headers || {});
    var token = null;
    try {
      token = await window.CoopAuth.getToken();
    } catch (e) {
      // A sign-in failure names its reason (consent, cancelled, wrongTenant, unavailable): say what to do about it.
      var reason = e && e.reason ? 'signIn' + e.reason.charAt(0).toUpperCase() + e.reason.slice(1) : 'signIn';
      throw new Error(S.has(lang, reason) ? t(reason) : t('signIn'));
    }
    if (token) { headers.Authorization = 'Bearer ' + token; }
    var response;
    try {
      response = await fetch('../api/addin' + path, { method: options.method || 'GET', headers: headers, body: options.body, credentials: 'omit' });
    } catch (e) {
      throw new Error(t('network'));
    }
    var data = null;
    try { data = await response.json(); } catch (e) { data = null; }
    if (!response.ok) {
      if (response.status === 401) { throw new Error(t('signIn')); }
      throw new Error(data && data.message ? data.message : t('network') + ' (' + response.status + ')');
    }
    return data;
  }

  function getAsync(invoke) {
    return new Promise(function (resolve, reject) {
      invoke(function (result) {
        if (result.status === Office.AsyncResultStatus.Succeeded) { resolve(result.value); } else { reject(officeError(result.error)); }
      });
    });
  }

  // Office's AsyncResult.error carries an English message (https://learn.microsoft.com/javascript/api/office/office.error):
  // the pane shows its own localised text for the error's name instead, never Office's words.
  // Names: https://learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-office-error-codes and the Outlook
  // attachment errors (InvalidAttachmentId, AttachmentTypeNotSupported, ItemNotFound, ...).
  function officeError(error) {
    var name = String((error && error.name) || '');
    var key = /Attachment/i.test(name) ? 'officeAttachment'
      : /NotFound|Deleted/i.test(name) ? 'officeItemGone'
      : /Permission|Denied|Access/i.test(name) ? 'officePermission'
      : /Timeout|Network|Server|Busy|Throttl/i.test(name) ? 'officeBusy'
      : 'officeFailed';
    var mapped = new Error(t(key));
    mapped.officeName = name;
    return mapped;
  }

  function formatDate(iso) {
    var parts = String(iso).split('-');
    var date = new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2]));
    return date.toLocaleDateString(lang, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
  }

  // In the page language's digits: "1.5 MB" in en-US, "1,5 MB" in pt-BR.
  function formatSize(bytes) {
    if (bytes >= 1048576) {
      return new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1048576) + ' MB';
    }
    return new Intl.NumberFormat(lang).format(Math.max(1, Math.round(bytes / 1024))) + ' KB';
  }

  function todayIso() {
    var now = new Date();
    return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())).toISOString().slice(0, 10);
  }

  function renderMessage(item) {
    $('subject').textContent = item.subject || t('noSubject');
    var from = item.from || {};
    $('sender').textContent = from.displayName && from.emailAddress ? from.displayName + ' <' + from.emailAddress + '>' : (from.emailAddress || from.displayName || '');
    $('message').hidden = false;
  }

  function renderAttachments(attachments) {
    var box = $('attachments');
    var files = attachments.filter(function (a) { return !a.isInline && (!a.attachmentType || a.attachmentType === 'file'); });
    $('no-attachments').hidden = files.length > 0;
    files.forEach(function (a, index) {
      var id = 'attachment-' + index;
      var row = document.createElement('div');
      row.className = 'choice';
      var input = document.createElement('input');
      input.type = 'checkbox';
      input.id = id;
      input.value = a.id;
      input.dataset.name = a.name;
      input.dataset.contentType = a.contentType || '';
      input.checked = files.length === 1;
      var label = document.createElement('label');
      label.htmlFor = id;
      label.innerHTML = '<span class="name"></span> <span class="muted"></span>';
      label.querySelector('.name').textContent = a.name;
      label.querySelector('.muted').textContent = a.size ? formatSize(a.size) : '';
      row.appendChild(input);
      row.appendChild(label);
      box.appendChild(row);
    });
    $('attach').disabled = files.length === 0;
  }

  function renderClaims(claims, selected) {
    var box = $('claims');
    $('no-claims').hidden = claims.length > 0;
    claims.forEach(function (c, index) {
      var id = 'claim-' + index;
      var row = document.createElement('div');
      row.className = 'choice claim';
      var input = document.createElement('input');
      input.type = 'radio';
      input.name = 'claim';
      input.id = id;
      input.value = c.id;
      input.checked = selected && selected.id === c.id;
      var label = document.createElement('label');
      label.htmlFor = id;
      label.innerHTML = '<span class="name"></span><span class="meta"></span>';
      label.querySelector('.name').textContent = c.title;
      label.querySelector('.meta').textContent = '#' + c.reference + ' · ' + c.statusText + ' · ' + t('deadline') + ' ' + formatDate(c.deadline);
      row.appendChild(input);
      row.appendChild(label);
      box.appendChild(row);
    });
  }

  function renderKinds(kinds) {
    var select = $('kind');
    kinds.forEach(function (k) {
      var option = document.createElement('option');
      option.value = k.kind;
      option.textContent = k.text;
      option.selected = k.kind === 'VendorInvoice';
      select.appendChild(option);
    });
  }

  function selectedClaim() {
    var checked = document.querySelector('input[name="claim"]:checked');
    return checked ? state.claims.find(function (c) { return c.id === checked.value; }) : null;
  }

  function addResult(list, text, ok) {
    var li = document.createElement('li');
    li.className = ok === true ? 'ok' : (ok === false ? 'failed' : 'working');
    li.textContent = text;
    list.appendChild(li);
    return li;
  }

  function base64ToBytes(base64) {
    var binary = atob(base64);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
    return bytes;
  }

  async function attachSelected() {
    showError('');
    var claim = selectedClaim();
    if (!claim) { showError(t('selectClaim')); return; }
    if (!claim.acceptsEvidence) { showError(t('notAcceptingEvidence')); return; }
    var chosen = Array.prototype.slice.call(document.querySelectorAll('#attachments input:checked'));
    if (chosen.length === 0) { showError(t('selectAttachment')); return; }
    var kind = $('kind').value;
    var kindText = $('kind').selectedOptions[0].textContent;
    var list = $('attach-results');
    list.innerHTML = '';
    var attachedIds = [];
    $('attach').disabled = true;
    try {
      for (var i = 0; i < chosen.length; i++) {
        var input = chosen[i];
        var name = input.dataset.name;
        var row = addResult(list, t('reading', { name: name }));
        try {
          var content = await getAsync(function (cb) { state.item.getAttachmentContentAsync(input.value, cb); });
          if (!content || content.format !== Office.MailboxEnums.AttachmentContentFormat.Base64) { throw new Error(t('cannotRead')); }
          row.textContent = t('uploading', { name: name });
          var form = new FormData();
          form.append('file', new Blob([base64ToBytes(content.content)], { type: input.dataset.contentType || 'application/octet-stream' }), name);
          var result = await api('/claims/' + claim.id + '/evidence?kind=' + encodeURIComponent(kind), { method: 'POST', body: form });
          claim.version = result.version;
          if (result.evidence && result.evidence.id) { attachedIds.push(result.evidence.id); }
          row.textContent = t('attached', { name: name, kind: kindText });
          row.className = 'ok';
        } catch (e) {
          row.textContent = t('failed', { name: name, message: e.message || String(e) });
          row.className = 'failed';
        }
      }
      if (attachedIds.length > 0) { await showReview(claim.id, attachedIds); }
    } finally {
      $('attach').disabled = false;
    }
  }

  function sleep(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }

  // The evidence review runs in the background after each attachment: ask the claim again (at most 40 times, a second apart)
  // until it is no longer pending, then show the line of each document this pane added (✓ / ⚠ / ✗ and the reason).
  async function showReview(claimId, ids) {
    var list = $('review-results');
    list.innerHTML = '';
    list.dataset.state = 'reviewing';
    var waiting = addResult(list, t('reviewing'));
    try {
      for (var attempt = 0; attempt < 40; attempt++) {
        var detail = await api('/claims/' + claimId);
        var review = detail && detail.review;
        if (review && review.state !== 'Pending') {
          list.innerHTML = '';
          review.documents.filter(function (d) { return ids.indexOf(d.evidenceId) >= 0; }).forEach(function (d) {
            var row = addResult(list, d.line);
            row.className = d.outcome === 'Fine' ? 'ok' : d.outcome === 'Warning' ? 'warn' : 'failed';
          });
          list.dataset.state = 'reviewed';
          return;
        }
        await sleep(1000);
      }
      waiting.textContent = t('reviewLater');
      list.dataset.state = 'late';
    } catch (e) {
      waiting.textContent = e.message || String(e);
      waiting.className = 'failed';
      list.dataset.state = 'failed';
    }
  }

  async function recordRequest() {
    showError('');
    var claim = selectedClaim();
    if (!claim) { showError(t('selectClaim')); return; }
    if (!claim.acceptsDocumentationRequest) { showError(t('notAcceptingRequest')); return; }
    var respondBy = $('respond-by').value;
    var asked = $('asked').value.trim();
    if (!respondBy || !asked) { showError(t('needDateAndText')); return; }
    var result = $('request-result');
    result.className = 'result working';
    result.textContent = t('recording');
    $('record').disabled = true;
    try {
      var recorded = await api('/claims/' + claim.id + '/documentation-requests', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ whatWasAsked: asked, respondBy: respondBy, requestedOn: todayIso() })
      });
      claim.version = recorded.version;
      claim.status = recorded.status;
      // Partner Center asked for more: the claim takes evidence again until it is resubmitted.
      claim.acceptsEvidence = recorded.status === 'AdditionalDocumentationRequested';
      claim.statusText = t('requestHeading');
      var meta = document.querySelector('#claims input[value="' + claim.id + '"] + label .meta');
      if (meta) { meta.textContent = '#' + claim.reference + ' · ' + claim.statusText + ' · ' + t('deadline') + ' ' + formatDate(claim.deadline); }
      result.className = 'result ok';
      result.textContent = t('recorded', { date: formatDate(recorded.request.respondBy) });
    } catch (e) {
      result.className = 'result failed';
      result.textContent = e.message || String(e);
    } finally {
      $('record').disabled = false;
    }
  }

  var outcomes = ['Approved', 'Rejected', 'Disputed', 'Paid'];

  function renderOutcomes(detected) {
    var select = $('outcome-status');
    select.innerHTML = '';
    ['none'].concat(outcomes).forEach(function (status) {
      var option = document.createElement('option');
      option.value = status === 'none' ? '' : status;
      option.textContent = t('outcome_' + status);
      option.selected = status === detected || (status === 'none' && outcomes.indexOf(detected) < 0);
      select.appendChild(option);
    });
  }

  function emailLink(item) {
    // Outlook on the web opens an item by its EWS id (the read form's query string); the history keeps this link.
    return item.itemId ? 'https://outlook.office.com/owa/?ItemID=' + encodeURIComponent(item.itemId) + '&exvsurl=1&viewmodel=ReadMessageItem' : null;
  }

  async function recordOutcome() {
    showError('');
    var claim = selectedClaim();
    if (!claim) { showError(t('selectClaim')); return; }
    var status = $('outcome-status').value;
    if (!status) { showError(t('chooseOutcome')); return; }
    if ((claim.outcomes || []).indexOf(status) < 0) { showError(t('outcomeNotAllowed', { status: t('outcome_' + status) })); return; }
    var result = $('outcome-result');
    result.className = 'result working';
    result.textContent = t('recording');
    $('record-outcome').disabled = true;
    try {
      var received = state.item.dateTimeCreated ? new Date(state.item.dateTimeCreated).toISOString() : null;
      var recorded = await api('/claims/' + claim.id + '/outcomes', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          status: status,
          on: $('outcome-date').value || todayIso(),
          amount: $('outcome-amount').value ? Number($('outcome-amount').value) : null,
          reason: $('outcome-reason').value.trim() || null,
          emailLink: emailLink(state.item),
          emailDate: received
        })
      });
      claim.version = recorded.version;
      claim.status = recorded.status;
      result.className = 'result ok';
      result.textContent = t('outcomeRecorded', { status: t('outcome_' + status) });
    } catch (e) {
      result.className = 'result failed';
      result.textContent = e.message || String(e);
    } finally {
      $('record-outcome').disabled = false;
    }
  }

  async function start() {
    lang = S.languageFor(Office.context && Office.context.displayLanguage);
    applyTexts();
    var item = Office.context && Office.context.mailbox && Office.context.mailbox.item;
    if (!item) { $('loading').hidden = true; showError(t('notInOffice')); return; }
    state.item = item;
    renderMessage(item);
    renderAttachments(item.attachments || []);
    try {
      state.body = await getAsync(function (cb) { item.body.getAsync(Office.CoercionType.Text, cb); });
    } catch (e) {
      state.body = '';
    }
    $('respond-by').value = E.respondBy(state.body, lang, todayIso()) || '';
    $('asked').value = E.whatWasAsked(state.body);
    var detected = E.outcomeIn(item.subject, state.body);
    renderOutcomes(detected);
    $('outcome-amount').value = E.amountIn(state.body) || '';
    $('outcome-reason').value = detected === 'Rejected' ? E.whatWasAsked(state.body) : '';
    $('outcome-date').value = item.dateTimeCreated ? new Date(item.dateTimeCreated).toISOString().slice(0, 10) : todayIso();
    try {
      var list = await api('/claims');
      state.claims = list.claims;
      state.kinds = list.evidenceKinds;
      renderKinds(list.evidenceKinds);
      renderClaims(list.claims, E.claimFor(list.claims, item.subject, state.body));
    } catch (e) {
      showError(t('loadFailed', { message: e.message }));
    }
    ['claims-section', 'outcome-section', 'attach-section', 'request-section'].forEach(function (id) { $(id).hidden = false; });
    $('loading').hidden = true;
    $('main').setAttribute('aria-busy', 'false');
    document.body.dataset.ready = 'true';
  }

  $('attach').addEventListener('click', attachSelected);
  $('record').addEventListener('click', recordRequest);
  $('record-outcome').addEventListener('click', recordOutcome);
  if (window.Office && Office.onReady) {
    Office.onReady(function () { start(); });
  } else {
    lang = S.languageFor(navigator.language);
    applyTexts();
    $('loading').hidden = true;
    showError(t('notInOffice'));
  }
})();
