/* UI texts of the task pane, en-US and pt-BR, chosen from Office's display language. */
(function (global) {
  'use strict';
  var texts = {
    'en-US': {
      appName: 'CoopAssistant',
      loading: 'Loading…',
      thisEmail: 'This email',
      subject: 'Subject',
      from: 'From',
      claim: 'Claim',
      chooseClaim: 'Choose the claim',
      noClaims: 'You have no open claims. Start one in the CoopAssistant chat in Teams.',
      attachHeading: 'Attach as evidence',
      noAttachments: 'This email has no attachments.',
      chooseAttachments: 'Attachments to keep',
      evidenceKind: 'Kind of evidence',
      attachSelected: 'Attach selected',
      requestHeading: 'Additional documentation requested',
      requestHint: "Record Partner Center's request: CoopAssistant reminds you before the date.",
      respondBy: 'Respond by',
      whatWasAsked: 'What was asked',
      recordRequest: 'Record documentation request',
      deadline: 'Deadline',
      noSubject: '(no subject)',
      selectAttachment: 'Select at least one attachment.',
      selectClaim: 'Choose a claim first.',
      uploading: 'Attaching {name}…',
      attached: '{name}: attached as {kind}.',
      reviewing: 'Reviewing the documents…',
      reviewLater: 'The review is taking a while: its findings will be on the claim card in Teams.',
      failed: '{name}: {message}',
      reading: 'Reading {name}…',
      cannotRead: 'Outlook could not give the content of this attachment.',
      recording: 'Recording…',
      recorded: 'Recorded. Respond by {date}; CoopAssistant will remind you.',
      network: 'CoopAssistant could not be reached. Check your connection and try again.',
      signIn: 'Sign-in is needed. Close and reopen the pane to sign in again.',
      signInConsent: 'CoopAssistant needs your consent to read your claims for you. Reopen the pane and accept, or ask your administrator to consent for your organisation.',
      signInCancelled: 'Sign-in was cancelled. Reopen the pane to sign in.',
      signInWrongTenant: 'This account belongs to another organisation than the one CoopAssistant is set up for. Sign in to Outlook with your work account of that organisation.',
      signInUnavailable: 'Outlook could not sign you in to CoopAssistant here. Try Outlook on the web or the new Outlook, or ask your administrator.',
      loadFailed: 'Your claims could not be loaded: {message}',
      notInOffice: 'Open this pane from an email in Outlook.',
      needDateAndText: 'Give the date and what was asked.',
      notAcceptingEvidence: 'This claim does not accept evidence in its current status.',
      notAcceptingRequest: 'Only a submitted claim can receive a documentation request.',
      size: '{size}',
      outcomeHeading: 'Partner Center says',
      outcomeHint: 'Is this a Partner Center email about this claim? Check what it says, then record it on the claim: the email is kept in the claim\'s history.',
      outcomeStatus: 'What Partner Center said',
      outcome_none: 'Nothing to record',
      outcome_Approved: 'Approved',
      outcome_Rejected: 'Rejected',
      outcome_Disputed: 'Dispute filed',
      outcome_Paid: 'Paid',
      outcomeAmount: 'Amount',
      outcomeReason: 'Reason given',
      outcomeDate: 'Date',
      recordOutcome: 'Record on the claim',
      outcomeRecorded: 'Recorded: {status}.',
      chooseOutcome: 'Choose what Partner Center said.',
      outcomeNotAllowed: 'This claim cannot be recorded as {status} in its current status.'
    },
    'pt-BR': {
      appName: 'CoopAssistant',
      loading: 'Carregando…',
      thisEmail: 'Este email',
      subject: 'Assunto',
      from: 'De',
      claim: 'Reivindicação',
      chooseClaim: 'Escolha a reivindicação',
      noClaims: 'Você não tem reivindicações abertas. Comece uma no chat do CoopAssistant no Teams.',
      attachHeading: 'Anexar como evidência',
      noAttachments: 'Este email não tem anexos.',
      chooseAttachments: 'Anexos a guardar',
      evidenceKind: 'Tipo de evidência',
      attachSelected: 'Anexar selecionados',
      requestHeading: 'Documentação adicional solicitada',
      requestHint: 'Registre a solicitação do Partner Center: o CoopAssistant lembra você antes da data.',
      respondBy: 'Responder até',
      whatWasAsked: 'O que foi pedido',
      recordRequest: 'Registrar solicitação de documentação',
      deadline: 'Prazo',
      noSubject: '(sem assunto)',
      selectAttachment: 'Selecione pelo menos um anexo.',
      selectClaim: 'Escolha uma reivindicação primeiro.',
      uploading: 'Anexando {name}…',
      attached: '{name}: anexado como {kind}.',
      reviewing: 'Revisando os documentos…',
      reviewLater: 'A revisão está demorando: as constatações aparecerão no cartão da reivindicação no Teams.',
      failed: '{name}: {message}',
      reading: 'Lendo {name}…',
      cannotRead: 'O Outlook não forneceu o conteúdo deste anexo.',
      recording: 'Registrando…',
      recorded: 'Registrado. Responder até {date}; o CoopAssistant vai lembrar você.',
      network: 'Não foi possível falar com o CoopAssistant. Verifique a conexão e tente de novo.',
      signIn: 'É preciso entrar. Feche e abra o painel para entrar de novo.',
      signInConsent: 'O CoopAssistant precisa do seu consentimento para ler suas reivindicações por você. Abra o painel de novo e aceite, ou peça ao administrador que consinta pela sua organização.',
      signInCancelled: 'A entrada foi cancelada. Abra o painel de novo para entrar.',
      signInWrongTenant: 'Esta conta pertence a outra organização, não àquela para a qual o CoopAssistant está configurado. Entre no Outlook com a sua conta de trabalho dessa organização.',
      signInUnavailable: 'O Outlook não conseguiu conectar você ao CoopAssistant aqui. Tente o Outlook na Web ou o novo Outlook, ou fale com o administrador.',
      loadFailed: 'Não foi possível carregar suas reivindicações: {message}',
      notInOffice: 'Abra este painel a partir de um email no Outlook.',
      needDateAndText: 'Informe a data e o que foi pedido.',
      notAcceptingEvidence: 'Esta reivindicação não aceita evidências no status atual.',
      notAcceptingRequest: 'Só uma reivindicação enviada pode receber uma solicitação de documentação.',
      size: '{size}',
      outcomeHeading: 'O Partner Center diz',
      outcomeHint: 'Este é um e-mail do Partner Center sobre esta reivindicação? Confira o que ele diz e registre na reivindicação: o e-mail fica no histórico.',
      outcomeStatus: 'O que o Partner Center informou',
      outcome_none: 'Nada a registrar',
      outcome_Approved: 'Aprovada',
      outcome_Rejected: 'Rejeitada',
      outcome_Disputed: 'Contestação registrada',
      outcome_Paid: 'Paga',
      outcomeAmount: 'Valor',
      outcomeReason: 'Motivo informado',
      outcomeDate: 'Data',
      recordOutcome: 'Registrar na reivindicação',
      outcomeRecorded: 'Registrado: {status}.',
      chooseOutcome: 'Escolha o que o Partner Center informou.',
      outcomeNotAllowed: 'Esta reivindicação não pode ser registrada como {status} no status atual.'
    }
  };

  function pick(displayLanguage) {
    return /^pt/i.test(displayLanguage || '') ? 'pt-BR' : 'en-US';
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) {
      return values && values[key] !== undefined ? String(values[key]) : '';
    });
  }

  global.CoopStrings = {
    languageFor: pick,
    has: function (language, key) {
      return Object.prototype.hasOwnProperty.call(texts[language] || texts['en-US'], key);
    },
    get: function (language, key, values) {
      var table = texts[language] || texts['en-US'];
      return format(table[key] || texts['en-US'][key] || key, values);
    }
  };
})(window);
