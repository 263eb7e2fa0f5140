namespace CoopAssistant.Bot.Answers;

/// <summary>
/// The domain's bilingual synonym tables, applied when indexing the articles and when reading a
/// question, in two steps. <see cref="Spellings"/> first joins compound words written apart or
/// hyphenated into one word ("e-mail / e mail → email", "web seminar → webinar", "co op → coop"),
/// replacing them. <see cref="Concepts"/> then maps the words people use for one concept to one
/// canonical token (activity types, evidence kinds, "reivindicação / declaração / claim",
/// "prazo / deadline"); a multi-word phrase keeps its own words beside the canonical token, so
/// "proof" still matches "proof of execution". Lines read <c>language | canonical | variant, …</c>;
/// matching is on lower-case, accent-free tokens and prefers the longest phrase
/// ("declaração e relatório de certificação" before "declaração").
/// </summary>
internal static class DomainSynonyms
{
    /// <summary>Compound words written together, apart or hyphenated: one spelling.</summary>
    public const string Spellings = """
        # language | one spelling | other spellings of the same word
        en-US | email | e-mail, e mail, e-mails
        en-US | emails | e mails
        en-US | webinar | web seminar, web-seminar, web seminars, web-seminars
        en-US | tradeshow | trade show, trade-show
        en-US | tradeshows | trade shows, trade-shows
        en-US | telemarketing | tele-marketing, tele marketing
        en-US | inhouse | in-house, in house
        en-US | coop | co-op, co op
        en-US | onsite | on-site, on site
        en-US | preapproval | pre-approval, pre approval
        en-US | preapproved | pre-approved, pre approved
        en-US | clickthrough | click-through, click through
        en-US | screenshot | screen shot, screen-shot
        en-US | screenshots | screen shots, screen-shots
        en-US | printscreen | print screen
        en-US | bootcamp | boot camp, boot-camp
        en-US | cutoff | cut-off, cut off
        en-US | website | web site
        en-US | directmail | direct mail, direct-mail, postcard, postcards, postcard campaign
        en-US | lunchandlearn | lunch and learn, lunch & learn, lunch-and-learn, lunch n learn, lunch-n-learn
        en-US | handson | hands-on, hands on
        en-US | roadshow | road show, road-show
        en-US | microsite | micro site, micro-site, mini site, mini-site, minisite
        en-US | hotsite | hot site, hot-site
        en-US | landingpage | landing page, landing-page, landing pages
        en-US | textmessage | text message, text messages, text-message
        en-US | contentsyndication | content syndication, syndication of content
        pt-BR | email | e-mail, e mail, e-mails, e mails, emails
        pt-BR | webinar | web seminar, web-seminar, web seminário, web-seminário, webinário, webinários, webinars
        pt-BR | tradeshow | trade show, trade-show, trade shows
        pt-BR | telemarketing | tele-marketing, tele marketing
        pt-BR | inhouse | in-house, in house
        pt-BR | coop | co-op, co op
        pt-BR | onsite | on-site, on site
        pt-BR | preaprovacao | pré-aprovação, pré aprovação, pre-aprovação, pre aprovação, preaprovação
        pt-BR | clickthrough | click-through, click through
        pt-BR | printscreen | print screen, print-screen
        pt-BR | maladireta | mala direta, mala-direta, malas diretas, cartão postal, cartões postais
        pt-BR | datalimite | data limite, data-limite
        pt-BR | landingpage | landing page, landing-page, landing pages
        pt-BR | hotsite | hot site, hot-site, micro site, micro-site, microsite, mini site, minisite
        pt-BR | cafedamanha | café da manhã, cafe da manha, café-da-manhã
        pt-BR | mensagemdetexto | mensagem de texto, mensagens de texto, torpedo, torpedos
        pt-BR | sindicacao | sindicação de conteúdo, sindicação, content syndication, conteúdo sindicado, conteúdo sindicalizado
        """;

    /// <summary>Words and phrases for one concept: one canonical token (the core table, then the wide vocabularies of <see cref="MarketingVocabulary"/>).</summary>
    public const string Concepts = CoreConcepts + "\n" + MarketingVocabulary.Concepts;

    private const string CoreConcepts = """
        # language | canonical | variants (same meaning, any wording people type)
        en-US | email | emails, email blast, eblast, newsletter, newsletters
        en-US | seminar | webinar, webinars, online seminar, virtual event, bootcamp, bootcamps
        en-US | tradeshow | tradeshows, trade fair, trade fairs, expo, exhibition, fair, fairs
        en-US | telemarketing | telesales, call center, call centre, cold calling, cold calls, phone calls, phone campaign, calling campaign
        en-US | directmail | direct mailing, mailer, mailers, postcard mailing, flyer, flyers, leaflet, leaflets, mailed, postal mailing
        en-US | digitalad | digital ad, digital ads, digital advertising, online ad, online ads, online advertising, banner ad, banner ads, display ads, social ads, social media ads, facebook ads, instagram ads, linkedin ads, google ads, facebook, instagram, linkedin
        en-US | printad | print ad, print ads, print advertising, printed ad, magazine ad, magazine ads, newspaper ad, newspaper ads
        en-US | screenshot | screenshots, screen capture, printscreen
        en-US | clickthrough | click-through report, ctr
        en-US | seo | search engine optimization, search engine optimisation
        en-US | inhouse | internally, internal work
        en-US | preapproval | preapproved, prior approval
        en-US | coop | cooperative marketing funds, coop funds
        en-US | csr | certification statement and report, certification service report, certification statement, certification report
        en-US | poe | proof of execution, proofs of execution
        en-US | deadline | due date, cutoff date, last day, by when, by what date, by which date, final date, final day, last date, closing date
        en-US | onsitechamp | onsite champ
        en-US | demounit | demo unit, demo units, demonstration unit, demonstration units, demonstration devices, demo devices, product seeding
        en-US | syndicatedcontent | syndicated content
        en-US | spiff | spiffs, internal incentives, sales incentives
        en-US | currency | currencies, euro, euros, eur, brl, reais, yen, pounds sterling, gbp, usd, jpy, cad, aud, mxn, pound, pounds, sterling, british pounds, us dollars, two currencies, different currencies, mixed currencies
        en-US | payment | paid, pay, pays, payout, payouts, pay out, pays out, paid out, payments, money, get paid, gets paid, reimbursed, the money, funds arrive
        en-US | threshold | minimum, minimum amount, minimum payout, min amount
        en-US | dispute | appeal, contest, challenge, disputes, disputed
        en-US | additionaldocumentation | additional documentation, more documentation, more information, additional information, extra docs, extra documents, more documents, additional documents, more docs, documentation request, documentation requests, request for documentation, request for documents, request for more documents
        en-US | document | docs, doc, paperwork
        en-US | answer | respond, responds, response, reply, replies
        en-US | earn | earned, earning, earns, accrued, accrue, accumulated
        en-US | globaladmin | global admin, global admins, global administrator, global administrators
        en-US | incentivesadmin | incentives administrator, incentives admin, incentive admin, incentive administrator, incentives administrators
        en-US | incentivesuser | incentives user, incentive user, incentives users
        en-US | osa | online services advisor, online services advisory
        en-US | usageperiod | usage period, usage periods, usage half
        en-US | earningperiod | earning period, earning periods, earnings period
        en-US | h1 | first half
        en-US | h2 | second half
        en-US | sow | statement of work, statements of work
        en-US | claim | claim form
        en-US | photo | photos, picture, pictures, pics, photograph, photographs
        en-US | delete | deleting, deleted, destroy, shred, discard, throw away, remove, dispose of
        en-US | guidebook | guide, handbook, manual, program guide
        en-US | hold | held, holds, on hold, blocked, withheld, stuck
        en-US | colleague | colleagues, teammate, teammates, coworker, coworkers, others in your organization
        en-US | upload | add files, attach files, uploads
        en-US | use | spend, spent, spending
        en-US | decline | refuse, refuses, turn down, reject it
        en-US | edit | modify, modifies, modified, modifying, amend, amended, change, changes, changed, correct it
        en-US | corerequirements | core requirements, core requirement, basic requirements
        en-US | partneractionrequired | partner action required, action required
        en-US | proof | prove, proves, proved, proving
        en-US | bot | use you, using you, this bot, the bot, this assistant
        en-US | end | ends, ended, ending, finish, finishes, finished, finishing, close, closes, closed, closing
        en-US | seminar | workshop, workshops, lunchandlearn, roadshow, roadshows, breakfast briefing, briefing, customer event, customer events, meetup, meetups, hackathon, hackathons, handson workshop, in-person event, open day, open house, summit
        en-US | website | websites, microsite, microsites, hotsite, hotsites, web page, web pages, webpage, webpages, landingpage site, company site
        en-US | directmail | catalog, catalogs, catalogue, catalogues, printed catalog, printed catalogs, printed catalogue, printed catalogues, brochure mailing, by post, sent by post, mailing, mailings, mail campaign
        en-US | sms | textmessage, texting, whatsapp, whatsapp message, whatsapp messages, sms messages
        en-US | digitalad | paid search, search ads, search advertising, retargeting, remarketing, ppc, pay per click, youtube ads, video ads, youtube, display ad, sponsored posts, adwords
        en-US | printad | billboard, billboards, outdoor ad, outdoor ads, poster ad, magazine, newspaper
        en-US | exam | exams, voucher, vouchers, exam voucher, exam vouchers, certification exam, certification exams, certification voucher, certification vouchers, test voucher
        en-US | syndicatedcontent | contentsyndication, syndication, syndicated articles
        en-US | rejected | refused, denied, turned down, not approved, knocked back
        en-US | activity | activities, campaign, campaigns, marketing activity, marketing activities
        en-US | information | info, details, data, fields
        en-US | vendor | vendors, agency, agencies, printer, printers, printing company, print shop, supplier, suppliers, contractor, contractors, freelancer, freelancers
        en-US | meaning | stand for, stands for, mean, means, meaning, definition, acronym, abbreviation
        en-US | executiondate | date of execution, execution date, date of the activity execution
        en-US | language | languages, portuguese, english, brazilian portuguese
        en-US | bot | what can you do, what are you able to do, what do you do, what can the bot do, ask you, talk to you, you speak, do you speak, do you understand, your abilities, your features
        pt-BR | reivindicacao | claim, claims, declaração, declarações, declaração de cooperação, reivindicação de cooperação, reivindicações de cooperação, reivindicar, reivindico, reivindicamos
        pt-BR | sac | declaração e relatório de certificação, declarações e relatórios de certificação, relatório de certificação, declaração de certificação, csr, certification statement and report, certification service report
        pt-BR | sow | declaração de trabalho, declarações de trabalho, statement of work
        pt-BR | prazo | deadline, datalimite, prazo final, due date, até quando, até que dia, até que data, até qual dia, último dia, data final, dia final
        pt-BR | email | email marketing, newsletter
        pt-BR | seminario | webinar, seminário online, seminários, bootcamp, evento online
        pt-BR | feira | tradeshow, feira de negócios, feiras de negócios, exposição, expo
        pt-BR | telemarketing | televendas, call center, ligações, ligação, ligou, ligamos, telefonemas, telefonar
        pt-BR | maladireta | direct mail, folheto, folhetos, panfleto, panfletos, pelo correio, correio
        pt-BR | anunciodigital | anúncio digital, anúncios digitais, anúncio online, anúncios online, anúncio na internet, anúncios na internet, banner, digital ads, online ads, redes sociais, mídia social, instagram, facebook, linkedin, google ads
        pt-BR | anuncioimpresso | anúncio impresso, anúncios impressos, anúncio em revista, anúncios em revista, anúncio em jornal, anúncio de revista, revista, jornal, print ad, print ads
        pt-BR | capturadetela | captura de tela, capturas de tela, print de tela, printscreen, screenshot, screenshots, print, prints
        pt-BR | seo | otimização para mecanismos de busca, otimização de sites
        pt-BR | interno | inhouse, internamente, trabalho interno, equipe própria, nossa equipe, nossa própria equipe
        pt-BR | preaprovacao | aprovação prévia
        pt-BR | coop | fundos de marketing cooperativos, fundos de cooperação, cooperação
        pt-BR | poe | comprovação de execução, comprovações de execução, prova de execução, provas de execução, comprovante de execução, proof of execution
        pt-BR | prova | comprova, comprovar, comprovo, comprovam, provar, provas, provam
        pt-BR | requisitosbasicos | requisitos básicos, requisitos principais, principais requisitos, requisitos centrais, core requirements
        pt-BR | champ | champ no local, onsite champ, campeão local
        pt-BR | unidadedemo | unidades de demonstração, unidade de demonstração, unidades de demo, unidade de demo, demo units, equipamentos de demonstração
        pt-BR | conteudodistribuido | conteúdo distribuído, syndicated content, conteúdo sindicalizado
        pt-BR | moeda | moedas, real, reais, euro, euros, brl, eur, gbp, usd, libra, libras, libra esterlina, iene, duas moedas, moedas diferentes
        pt-BR | pagamento | pago, paga, pagar, pagam, pagou, pagamentos, recebo, receber, recebimento, repasse, dinheiro, o dinheiro cai, dinheiro cai, cai na conta, depósito, pagaram, pagarem
        pt-BR | valorminimo | valor mínimo, mínimo, limite mínimo, threshold
        pt-BR | contestar | contestação, contestações, contestada, recorrer, recurso, apelar, disputa, disputar, questionar, questiono, contesto, reclamar
        pt-BR | documentacaoadicional | documentação adicional, mais documentos, documentos extras, documentos adicionais, mais informações, informações adicionais, solicitação de documentação, solicitações de documentação, pedido de documentação, pedidos de documentação, pedido de documentos, pedido de mais documentos
        pt-BR | acumulado | acumulados, acumulada, acumuladas, ganho, ganhos, ganha, ganhei, ganhamos, ganhar, acumular
        pt-BR | usar | gastar, gastamos, gasto, gastos
        pt-BR | adminglobal | administrador global, admin global, administradores globais
        pt-BR | adminincentivos | administrador de incentivos, administradores de incentivos, admin de incentivos
        pt-BR | usuarioincentivos | usuário de incentivos, usuários de incentivos
        pt-BR | osa | online services advisor, online services advisory
        pt-BR | periododeuso | período de uso, períodos de uso, período de utilização, período de consumo
        pt-BR | periododeacumulo | período de acúmulo, períodos de acúmulo, período de ganho, período de ganhos
        pt-BR | h1 | primeiro semestre
        pt-BR | h2 | segundo semestre
        pt-BR | apagar | apagar, excluir, descartar, destruir, jogar fora, eliminar, deletar, apago
        pt-BR | guia | manual, guidebook, guia do programa
        pt-BR | retido | retém, reter, retida, bloqueado, bloqueada, segurando, segurado, parado, travado
        pt-BR | colega | colegas, outras pessoas, pessoas do time, pessoas da equipe
        pt-BR | editar | alterar, altero, alterado, alterada, alteração, modificar, modifico, modificado, modificada, mudar, mudo, corrigir, corrijo
        pt-BR | acaodoparceiro | ação do parceiro necessária, ação do parceiro, partner action required
        pt-BR | bot | te usar, te uso, usar você, este bot, esse bot, o bot, este assistente
        pt-BR | termina | terminou, terminar, terminado, termino, acaba, acabou, acabar, encerra, encerrou, encerrado, encerrada, fecha, fechou, fim
        pt-BR | seminario | workshop, workshops, oficina, oficinas, palestra, palestras, cafedamanha, almoço com clientes, encontro com clientes, evento presencial, eventos presenciais, meetup, roadshow, lunch and learn, hackathon
        pt-BR | site | sites, website, websites, hotsite, hotsites, página web, páginas web
        pt-BR | maladireta | catálogo, catálogos, catálogo impresso, catálogos impressos, pelos correios, correios, folder, folders
        pt-BR | sms | mensagemdetexto, whatsapp, mensagens de whatsapp, mensagem de whatsapp
        pt-BR | anunciodigital | youtube, google, links patrocinados, link patrocinado, mídia paga, remarketing, retargeting, anúncio em vídeo, anúncios em vídeo, anúncios no google, anúncio no google
        pt-BR | anuncioimpresso | outdoor, outdoors, anúncio em outdoor, cartaz
        pt-BR | exame | exames, voucher, vouchers, prova de certificação, provas de certificação, exame de certificação, exames de certificação, voucher de exame, vouchers de exame, voucher de prova, vouchers de prova
        pt-BR | conteudodistribuido | sindicacao
        pt-BR | rejeitada | rejeitado, rejeitadas, rejeitados, recusada, recusado, negada, negado, indeferida, indeferido, reprovada, reprovado, não aprovada, rejected
        pt-BR | aprovada | aprovado, aprovadas, aprovados, aprovação, aprovar, aprovaram, aprovou, aprovam, approved
        pt-BR | atividade | atividades, campanha, campanhas, ação de marketing, ações de marketing
        pt-BR | dados | informações, info, campos, detalhes
        pt-BR | fornecedor | fornecedores, agência, agências, gráfica, gráficas, prestador, prestadores, prestador de serviço, prestadores de serviço, freelancer, freelancers
        pt-BR | fatura | faturas, nota fiscal, notas fiscais, nf, nfe, invoice, invoices
        pt-BR | paginadedestino | página de destino, páginas de destino, landingpage
        pt-BR | significa | significado, quer dizer, querem dizer, sigla, definição
        pt-BR | datadeexecucao | data de execução, data da execução, data de realização
        pt-BR | idioma | idiomas, língua, línguas, português, inglês, em português, em inglês
        pt-BR | bot | o que você consegue fazer, o que você sabe fazer, o que você faz, o que você pode fazer, te perguntar, perguntar para você, perguntar pra você, você fala, você entende, pelo bot, com o bot
        """;

    /// <summary>The (canonical, variants) rows of <paramref name="language"/> in <paramref name="table"/>.</summary>
    public static IEnumerable<(string Canonical, IReadOnlyList<string> Variants)> For(string table, KnowledgeLanguage language)
    {
        ArgumentNullException.ThrowIfNull(table);
        var tag = language == KnowledgeLanguage.Portuguese ? "pt-BR" : "en-US";
        foreach (var raw in table.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('|', StringSplitOptions.TrimEntries);
            if (columns.Length != 3)
            {
                throw new FormatException($"Synonym line '{line}' does not have 3 columns.");
            }

            if (columns[0] == tag)
            {
                yield return (columns[1], columns[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }
    }
}
