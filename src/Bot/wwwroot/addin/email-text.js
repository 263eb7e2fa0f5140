/* Reading the email: which claim it is about, the respond-by date, what was asked. Pure functions (no Office, no DOM). */
(function (global) {
  'use strict';

  var months = {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
    jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
    janeiro: 1, fevereiro: 2, 'março': 3, marco: 3, abril: 4, maio: 5, junho: 6, julho: 7, agosto: 8, setembro: 9, outubro: 10, novembro: 11, dezembro: 12
  };

  function iso(y, m, d) {
    if (m < 1 || m > 12 || d < 1 || d > 31) { return null; }
    var date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCMonth() !== m - 1) { return null; }
    return date.toISOString().slice(0, 10);
  }

  /* Every date written in the text, in order: 2026-12-05, 05/12/2026 (pt: day first; en: month first), December 5, 2026,
     5 December 2026, 5 de dezembro de 2026. */
  function datesIn(text, language) {
    var found = [];
    var dayFirst = /^pt/i.test(language || '');
    var patterns = [
      { re: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, map: function (m) { return iso(+m[1], +m[2], +m[3]); } },
      { re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, map: function (m) { return dayFirst ? iso(+m[3], +m[2], +m[1]) : iso(+m[3], +m[1], +m[2]); } },
      { re: /\b([A-Za-zçÇ]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/g, map: function (m) { var n = months[m[1].toLowerCase()]; return n ? iso(+m[3], n, +m[2]) : null; } },
      { re: /\b(\d{1,2})(?:º)? (?:de )?([A-Za-zçÇ]+)\.?,? (?:de )?(\d{4})\b/g, map: function (m) { var n = months[m[2].toLowerCase()]; return n ? iso(+m[3], n, +m[1]) : null; } }
    ];
    patterns.forEach(function (p) {
      var m;
      p.re.lastIndex = 0;
      while ((m = p.re.exec(text)) !== null) {
        var value = p.map(m);
        if (value) { found.push({ index: m.index, date: value }); }
      }
    });
    found.sort(function (a, b) { return a.index - b.index; });
    return found.map(function (f) { return f.date; });
  }

  /* The respond-by date: the first date in the text that is today or later (ISO yyyy-mm-dd), else null. */
  function respondBy(text, language, todayIso) {
    var dates = datesIn(text || '', language);
    for (var i = 0; i < dates.length; i++) {
      if (dates[i] >= todayIso) { return dates[i]; }
    }
    return null;
  }

  /* The claim the email is about: its short number, its id or its title in the subject or body; else the most urgent (first). */
  function claimFor(claims, subject, body) {
    var haystack = ((subject || '') + '\n' + (body || '')).toLowerCase();
    for (var i = 0; i < claims.length; i++) {
      var c = claims[i];
      if (haystack.indexOf(String(c.reference).toLowerCase()) >= 0 || haystack.indexOf(String(c.id).toLowerCase()) >= 0) { return c; }
    }
    for (var j = 0; j < claims.length; j++) {
      if (claims[j].title && claims[j].title.length >= 3 && haystack.indexOf(claims[j].title.toLowerCase()) >= 0) { return claims[j]; }
    }
    return claims.length > 0 ? claims[0] : null;
  }

  /* What was asked: the body without quoted replies and signatures, blank lines collapsed, at most 4000 characters. */
  function whatWasAsked(body) {
    var lines = String(body || '').replace(/\r\n?/g, '\n').split('\n');
    var kept = [];
    for (var i = 0; i < lines.length; i++) {
      var line = lines[i];
      if (/^\s*>/.test(line)) { continue; }
      if (/^\s*(-- ?|_{5,}|From: |De: )/.test(line)) { break; }
      kept.push(line.trim());
    }
    return kept.join('\n').replace(/\n{3,}/g, '\n\n').trim().slice(0, 4000);
  }

  /* What a Partner Center notification seems to say (the format is not documented, so this only pre-fills the pane, which asks):
     'Approved', 'Rejected', 'Paid', 'AdditionalDocumentationRequested', or null. The subject counts first, then the body. */
  function outcomeIn(subject, body) {
    var checks = [
      { status: 'AdditionalDocumentationRequested', words: ['additional information', 'more information', 'additional documentation', 'informações adicionais', 'informacoes adicionais', 'documentação adicional', 'documentacao adicional'] },
      { status: 'Rejected', words: ['rejected', 'declined', 'rejeitad', 'reprovad', 'recusad'] },
      { status: 'Paid', words: ['payment sent', 'has been paid', 'was paid', 'pagamento enviado', 'foi pag'] },
      { status: 'Approved', words: ['approved', 'aprovad'] }
    ];
    var texts = [String(subject || '').toLowerCase(), String(body || '').toLowerCase()];
    for (var t = 0; t < texts.length; t++) {
      for (var c = 0; c < checks.length; c++) {
        for (var w = 0; w < checks[c].words.length; w++) {
          if (texts[t].indexOf(checks[c].words[w]) >= 0) { return checks[c].status; }
        }
      }
    }
    return null;
  }

  /* The first amount written with a currency (US$ 1,200.50, $1,200.50, USD 1,200.50, R$ 1.200,50, 1.200,50 BRL) as "1200.50", else null.
     Separators follow the position: the last '.' or ',' followed by exactly two digits is the decimal one. */
  function amountIn(text) {
    var re = /(?:US\$|R\$|\$|USD|BRL|EUR)\s?(\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d{2})?)|(\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d{2})?)\s?(?:USD|BRL|EUR)/;
    var m = re.exec(String(text || ''));
    if (!m) { return null; }
    var raw = (m[1] || m[2]).replace(/\s/g, '');
    var decimals = /[.,]\d{2}$/.test(raw) ? raw.slice(-2) : '00';
    var whole = (/[.,]\d{2}$/.test(raw) ? raw.slice(0, -3) : raw).replace(/[.,]/g, '');
    return whole + '.' + decimals;
  }

  var api = { datesIn: datesIn, respondBy: respondBy, claimFor: claimFor, whatWasAsked: whatWasAsked, outcomeIn: outcomeIn, amountIn: amountIn };
  if (typeof module !== 'undefined' && module.exports) { module.exports = api; } else { global.CoopEmailText = api; }
})(typeof window !== 'undefined' ? window : globalThis);
