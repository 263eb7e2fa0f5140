namespace CoopAssistant.Bot.Answers;

/// <summary>
/// The wide vocabularies behind <see cref="DomainSynonyms.Concepts"/>, by family rather than by question: the
/// media, channels, ad formats, events, training and certification names and digital-marketing jargon people use
/// for the activity types of <c>Claims.Rules.ActivityTypeCatalog</c> (one canonical token per line of the
/// proof-of-execution article), the people and amounts of a cap, the bot's abilities, and short month names. Same format as
/// <see cref="DomainSynonyms.Concepts"/>. Giveaways and merchandise are not mapped: no source names them as an activity type.
/// </summary>
internal static class MarketingVocabulary
{
    public const string Concepts = """
        # language | canonical | variants (families: channel words, formats, jargon, abbreviations)
        en-US | email | edm, edms, email campaign, email campaigns, email shot, mass email, mass emails, email marketing, nurture email, nurture emails, drip campaign, mailchimp, email newsletter
        en-US | sms | sms blast, text blast, text promo, texts, push notification, push notifications
        en-US | digitalad | sponsored post, paid social, social media campaign, social campaign, display advertising, programmatic, native ads, bing ads, microsoft advertising, sem, search engine marketing, cpc, cpm, paid media, boosted post, boosted posts, google search ads, linkedin campaign, banner, banners
        en-US | printad | full page ad, half page ad, newspaper ad, trade magazine, trade press, printed ad, press ad, advertorial print
        en-US | tv | television, tv spot, tv spots, tv commercial, tv commercials, tv ad, tv ads, commercial, commercials, broadcast, ctv
        en-US | radio | radio spot, radio spots, radio ad, radio ads, radio commercial, radio commercials, jingle
        en-US | customeroffer | customer offer, customer offers, promos, promotion, promotions, discount, discounts, rebate, rebates, cashback, special offer, special offers, end customer offer, end customer offers
        en-US | spiff | sales incentive, sales contest, sales competition, reseller incentive, reseller incentives, rep incentive, rep incentives, sales bonus, sales bonuses, performance bonus
        en-US | exam | az, sc, dp, pl, mb, ms 900, ai 900, ai 102, md 102, ms 102, ms 700, exam fee, exam fees, exam code, certification course, certification courses, certification training, microsoft certified, mcp, learning path
        en-US | msconference | microsoft conference, microsoft conferences, microsoft hosted conference, microsoft hosted conferences, microsoft event, microsoft events, ignite, microsoft ignite, inspire, microsoft inspire, microsoft build, mcaps start, envision
        en-US | attendees | attendee, ppl, delegates, participants, participant
        en-US | perperson | per person, per head, per attendee, per participant, per delegate, each attendee, each person
        en-US | demounit | demo laptop, demo laptops, demo device, demo devices, demo equipment, demo hardware, demo kit, demo kits, loaner device, loaner devices, display unit, display units, surface demo
        en-US | seminar | in person seminar, customer seminar, customer day, executive briefing, launch event, networking event, customer dinner, happy hour, user group
        en-US | telemarketing | outbound call, call blitz, calling blitz, phone blitz, outbound calls, call campaign, phone outreach, appointment setting, lead calling, inside sales calls
        en-US | directmail | direct mailer, postal campaign, letter campaign, mail drop, door drop
        en-US | seo | search optimisation, search optimization, organic search, seo agency
        en-US | syndicatedcontent | advertorial, advertorials, sponsored article, sponsored articles, paid articles, content distribution, publisher site
        en-US | preapproval | approval first, approved first, approved beforehand, approval beforehand, approval in advance, approved in advance
        en-US | rejected | bounced back, sent back, kicked back, bounced
        en-US | dispute | fight it, push back, object to
        en-US | deadline | time limit, time limits, time frame, timeframe
        en-US | cap | capped, caps, max, maximum, limit, limits, ceiling, up to, at most, upper limit
        en-US | additionaldocumentation | doc request, doc requests, document request, document requests, docs request, request for docs, info request
        en-US | remind | reminds, reminder, reminders, notify, notifies, alert, alerts, warn, warns
        en-US | bot | what are you for, what are you, who are you, what is this bot, how can you help, what can you help with
        en-US | oneclaimperactivity | one claim per activity, separate claims, separate claim, two activities, several activities, multiple activities, combine activities, two campaigns, several campaigns, multiple campaigns
        en-US | statuslist | statuses, status values, possible statuses, all statuses, list of statuses, status list, status options, kinds of status
        en-US | dayofmonth | 1st, 2nd, 3rd, 4th, 5th, 6th, 7th, 8th, 9th, 10th, 11th, 12th, 13th, 14th, 15th, 16th, 17th, 18th, 19th, 20th, 21st, 22nd, 23rd, 24th, 25th, 26th, 27th, 28th, 29th, 30th, 31st
        en-US | include | includes, included, including, contain, contains, should have, must have, must include, should include, has to have, have to include
        en-US | guidebook | official pdf, official document, terms and conditions, program terms, coop terms, full rules, rulebook
        en-US | generate | generates, generated, download, downloads, downloaded, downloading
        en-US | july | jul
        en-US | december | dec
        en-US | january | jan
        en-US | june | jun
        en-US | two | 2
        en-US | three | 3
        en-US | four | 4
        en-US | five | 5
        en-US | six | 6
        en-US | ten | 10
        pt-BR | email | edm, disparo de email, disparos de email, email em massa, emails em massa, campanha de email, campanhas de email, e mail marketing
        pt-BR | sms | disparo de sms, disparos de sms, notificação push, notificações push
        pt-BR | anunciodigital | post patrocinado, posts patrocinados, impulsionamento, impulsionar, impulsionado, tráfego pago, anúncios no linkedin, anúncio no linkedin, campanha no google, mídia programática, banner, banners
        pt-BR | anuncioimpresso | anúncio de página inteira, página inteira, anúncio no jornal, anúncios no jornal, revista especializada
        pt-BR | tv | televisão, comercial de tv, comerciais de tv, propaganda na tv, inserção na tv, spot de tv, anúncio na tv
        pt-BR | radio | rádio, spot de rádio, comercial de rádio, propaganda no rádio, jingle, anúncio no rádio
        pt-BR | ofertacliente | oferta ao cliente, ofertas ao cliente, ofertas a clientes, ofertas para clientes, promoção, promoções, promos, desconto, descontos, cashback
        pt-BR | spiff | incentivo de vendas, incentivos de vendas, bônus para vendedores, bônus de vendas, premiação de vendas, campanha de incentivo, campanha de incentivo de vendas
        pt-BR | exame | az, sc, dp, pl, mb, ms 900, ai 900, ai 102, md 102, ms 102, ms 700, taxa do exame, curso de certificação, cursos de certificação, treinamento de certificação, certificação microsoft, trilha de aprendizagem
        pt-BR | conferenciams | conferência da microsoft, conferências da microsoft, conferência organizada pela microsoft, conferências organizadas pela microsoft, evento da microsoft, eventos da microsoft, ignite, microsoft ignite, inspire, microsoft inspire, microsoft build, build da microsoft
        pt-BR | participantes | participante, vendedores, funcionários, colaboradores
        pt-BR | porpessoa | por pessoa, por cabeça, por participante, cada pessoa, cada participante
        pt-BR | unidadedemo | notebook de demonstração, notebooks de demonstração, notebook de demo, notebooks de demo, equipamento de demo, aparelhos de demonstração, aparelho de demonstração
        pt-BR | seminario | evento para clientes, eventos para clientes, evento com clientes, café com clientes, jantar com clientes, happy hour, evento de lançamento
        pt-BR | telemarketing | ligações ativas, prospecção por telefone, campanha de ligações
        pt-BR | maladireta | carta, cartas, envio postal
        pt-BR | seo | otimização de busca, busca orgânica, agência de seo
        pt-BR | conteudodistribuido | publieditorial, publieditoriais, artigo patrocinado, artigos patrocinados, conteúdo patrocinado
        pt-BR | preaprovacao | aprovação antes, aprovação antecipada, aprovado antes, aprovada antes
        pt-BR | rejeitada | devolveu, devolvida, devolvido, voltou
        pt-BR | contestar | brigar, recorrer da decisão
        pt-BR | site | portal, portal do parceiro
        pt-BR | seminario | hands on, handson, laboratório prático
        pt-BR | prazo | limite de tempo, prazo limite
        pt-BR | teto | tetos, limite, limites, máximo, no máximo, limitado, limitada, limitados, limitadas
        pt-BR | documentacaoadicional | pedido de docs, pedido de documento, solicitação de documento, pediram documentos, pediram mais documentos
        pt-BR | lembra | lembrar, lembrete, lembretes, avisa, avisar, aviso, avisos, alerta, alertas, notifica, notificar
        pt-BR | bot | pra que serve, para que serve, quem é você, o que é você, como você ajuda, em que você ajuda
        pt-BR | oneclaimperactivity | uma reivindicação por atividade, uma claim por atividade, reivindicações separadas, claims separadas, duas atividades, várias atividades, juntar atividades, duas campanhas, várias campanhas
        pt-BR | statuslist | status possíveis, lista de status, todos os status, quais status, que status existem, tipos de status
        pt-BR | inclui | incluir, incluem, incluída, conter, contém, contem, precisa ter, deve ter, tem que ter, não pode faltar, nao pode faltar
        pt-BR | guia | pdf oficial, documento oficial, termos e condições, regras do programa, regras do co-op, regulamento
        pt-BR | gerar | gera, gero, gerado, gerada, baixar, baixo, baixei, download
        pt-BR | julho | jul
        pt-BR | janeiro | jan
        pt-BR | junho | jun
        pt-BR | dois | 2, duas
        pt-BR | tres | 3, três
        pt-BR | quatro | 4
        pt-BR | cinco | 5
        pt-BR | seis | 6
        pt-BR | dez | 10
        # issue 20q4 families (from what the clean v6 run missed, not its questions): outbound sales, postal mail, course
        # platforms, trade fairs by name, email platforms, dinners and roundtables, showroom units, webinar platforms,
        # paying for an activity with the funds (not a claim's payment), cut-off words, the bot's abilities in more words
        en-US | telemarketing | sdr, sdrs, sdr team, bdr, bdrs, bdr team, cold outreach, outbound sales, outbound calling, telemarketer, telemarketers, phone prospecting, telemkt, dialer, call list, cold call
        en-US | directmail | snail mail, brochure drop, postal receipt, postal service, post office, mail piece, mail pieces, kit mailed, kits mailed, mailed kit, mailed kits, shipped kits, courier
        en-US | tuition | pluralsight, udemy, coursera, linkedin learning, online course, online courses, course subscription, course subscriptions, training subscription, training subscriptions, upskilling, mba, postgraduate, degree course, bootcamp tuition
        en-US | tradeshow | partner fair, futurecom, gitex, mwc, ces, web summit, expo stand, exhibitor
        en-US | booth | stand, stands, exhibition stand, exhibitor stand, estande
        en-US | email | rd station, hubspot, marketo, pardot, sendgrid, emkt, email platform, email tool
        en-US | seminar | roundtable, roundtables, round table, round tables, dinner, dinners, executive dinner, roundtable dinner, customer lunch
        en-US | seminar | zoom, zoom webinar, on24, teams webinar, teams meeting, online session, online sessions, virtual session, virtual sessions, webcast, webcasts, livestream, live stream
        en-US | demounit | showroom, showroom unit, showroom units, showroom device, showroom devices, sales floor, floor model, floor models, demo pcs, demo computers, demo surface, demo surface devices
        en-US | customeroffer | discount voucher, discount vouchers, free month, free first month, free trial, trial offer, intro price
        en-US | onsitechamp | champ, champs, client site, customer site, onsite engineer, resident engineer
        en-US | msconference | ms build, msft build, ms ignite, msft ignite
        en-US | attendees | heads
        en-US | use | paid with, paid for with, paid by us, paid for by us, funded with, funded by
        en-US | coop | coop money, co-op money, coop budget, co-op budget
        en-US | include | minimum docs, minimum documents, minimum paperwork, minimum documentation
        en-US | deadline | cutoff, cut off, cutoff day, miss it, missed it, did we miss
        en-US | remind | ping, pings, ping me, nudge, nudge me
        en-US | bot | can you work out, can you calculate, can you compute, will you, through you, via you, can u help, u help, can you help, help with, type in, write in
        pt-BR | telemarketing | sdr, sdrs, bdr, bdrs, telemkt, telemarketing ativo, prospecção ativa, ligações frias, cold call, discador
        pt-BR | maladireta | sedex, kit enviado, kits enviados, kit físico, kits físicos, envio de kit, envio de kits, carta registrada, ar dos correios
        pt-BR | capacitacao | capacitação, treinamento, treinamentos, alura, udemy, coursera, pluralsight, dio, curso online, cursos online, pós, pós graduação, mba, mensalidade, mensalidades, bootcamp pago, assinatura de cursos
        pt-BR | feira | futurecom, febraban tech, gartner, estande na feira
        pt-BR | email | emkt, e mkt, rd station, rdstation, mailchimp, hubspot, disparo, disparos, email mkt
        pt-BR | seminario | jantar, jantares, mesa redonda, roundtable, almoço executivo, jantar executivo
        pt-BR | seminario | zoom, on24, pelo teams, no teams, via teams, palestra online, palestras online, sessão online, live, lives, transmissão ao vivo
        pt-BR | unidadedemo | vitrine, computadores de vitrine, showroom, aparelhos demo, aparelho demo, equipamentos demo, equipamento demo, computadores demo
        pt-BR | usar | pago com, paga com, pagos com, pagas com, pago pela verba, pago pelo co-op, bancado, bancar, bancou
        pt-BR | prazo | até qdo, até qnd, até quando posso, data de corte, corte, perdemos o prazo
        pt-BR | lembra | me cutuca, cutucar, me chama
        pt-BR | bot | vc sabe, você sabe, sabe fazer, fazer a conta, consegue calcular, por aqui, pelo bot, te escrever, escrever em, digitar em, falar em
        pt-BR | idioma | english, portugues, em english
        """;
}
