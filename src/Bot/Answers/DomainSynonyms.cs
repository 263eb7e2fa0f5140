namespace CoopAssistant.Bot.Answers;

/// <summary>
/// The domain's bilingual synonym table: per language, words and phrases people type for the same
/// concept, mapped to one canonical token when indexing the articles and when reading a question
/// (activity types, evidence kinds, "reivindicação / declaração / claim", "prazo / deadline", and
/// compound words written together, apart or hyphenated: "e-mail / email / e mail",
/// "webinar / web seminar"). Lines read <c>language | canonical | variant, variant, …</c>; a
/// canonical that is a phrase is indexed as one token. Matching is on lower-case, accent-free
/// tokens and prefers the longest phrase ("declaração e relatório de certificação" before "declaração").
/// </summary>
internal static class DomainSynonyms
{
    public const string Table = """
        # language | canonical | variants (same meaning, any spelling people type)
        en-US | email | e-mail, e mail, emails, e-mails, email blast, eblast, newsletter
        en-US | seminar | webinar, webinars, web seminar, web seminars, online seminar, virtual event, bootcamp, boot camp, bootcamps
        en-US | tradeshow | trade show, trade shows, tradeshows, trade fair, trade fairs, expo, exhibition
        en-US | telemarketing | tele-marketing, tele marketing, telesales, call center, call centre, cold calling, phone campaign
        en-US | directmail | direct mail, direct-mail, direct mailing, mailer, postcard mailing
        en-US | digitalad | digital ad, digital ads, digital advertising, online ad, online ads, online advertising, banner ad, banner ads, display ads, social ads
        en-US | printad | print ad, print ads, print advertising, printed ad, magazine ad, magazine ads, newspaper ad, newspaper ads, magazine, newspaper
        en-US | screenshot | screen shot, screen shots, screenshots, screen capture, print screen, printscreen
        en-US | clickthrough | click-through, click through, click-through report, ctr
        en-US | seo | search engine optimization, search engine optimisation
        en-US | inhouse | in-house, in house, inhouse, internally, internal work
        en-US | preapproval | pre-approval, pre approval, preapproved, pre-approved, prior approval
        en-US | coop | co-op, co op, cooperative marketing funds, co-op funds, coop funds
        en-US | csr | certification statement and report, certification service report, certification statement, certification report
        en-US | poe | proof of execution, proof-of-execution, proofs of execution
        en-US | deadline | due date, cut-off date, cutoff date, last day, by when, by what date, by which date
        en-US | onsitechamp | on-site champ, on site champ, onsite champ
        en-US | demounit | demo unit, demo units, demonstration unit, demonstration units, demonstration devices, demo devices, product seeding
        en-US | syndicatedcontent | syndicated content
        en-US | spiff | spiffs, internal incentives, sales incentives
        en-US | currency | currencies, euro, euros, eur, brl, reais, yen, pounds sterling
        en-US | payment | paid, pay, pays, payout, payouts, pay out, pays out, paid out, payments
        en-US | threshold | minimum, minimum amount, minimum payout, min amount
        en-US | dispute | appeal, contest, challenge, disputes, disputed
        en-US | additionaldocumentation | additional documentation, more documentation, more information, additional information, extra docs, extra documents, more documents, additional documents, more docs
        en-US | document | docs, doc, paperwork
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
        en-US | end | ends, ended, ending, finish, finishes, finished, finishing, close, closes, closed, closing
        pt-BR | reivindicacao | claim, claims, declaração, declarações, declaração de cooperação, reivindicação de cooperação, reivindicações de cooperação
        pt-BR | sac | declaração e relatório de certificação, declarações e relatórios de certificação, relatório de certificação, declaração de certificação, csr, certification statement and report, certification service report
        pt-BR | sow | declaração de trabalho, declarações de trabalho, statement of work
        pt-BR | prazo | deadline, data limite, data-limite, prazo final, due date, até quando, até que dia, até que data, até qual dia
        pt-BR | email | e-mail, e mail, emails, e-mails, email marketing, e-mail marketing, newsletter
        pt-BR | seminario | webinar, webinars, webinário, webinários, web seminar, web seminário, seminário online, seminários, bootcamp, evento online
        pt-BR | feira | tradeshow, trade show, trade shows, feira de negócios, feiras de negócios, exposição, expo
        pt-BR | telemarketing | tele-marketing, tele marketing, televendas, call center
        pt-BR | maladireta | mala direta, mala-direta, malas diretas, direct mail
        pt-BR | anunciodigital | anúncio digital, anúncios digitais, anúncio online, anúncios online, anúncio na internet, anúncios na internet, banner, digital ads, online ads
        pt-BR | anuncioimpresso | anúncio impresso, anúncios impressos, anúncio em revista, anúncios em revista, anúncio em jornal, anúncio de revista, revista, jornal, print ad, print ads
        pt-BR | capturadetela | captura de tela, capturas de tela, print de tela, printscreen, print screen, screenshot, screenshots, print
        pt-BR | clickthrough | click-through, click through, clickthrough
        pt-BR | seo | otimização para mecanismos de busca, otimização de sites
        pt-BR | interno | in house, in-house, inhouse, internamente, trabalho interno, equipe própria, nossa equipe, nossa própria equipe
        pt-BR | preaprovacao | pré-aprovação, pré aprovação, pre-aprovação, aprovação prévia, preaprovação
        pt-BR | coop | co-op, co op, fundos de marketing cooperativos, fundos de cooperação, cooperação
        pt-BR | poe | comprovação de execução, comprovações de execução, prova de execução, provas de execução, comprovante de execução, proof of execution
        pt-BR | champ | champ no local, on-site champ, on site champ, onsite champ, campeão local
        pt-BR | unidadedemo | unidades de demonstração, unidade de demonstração, unidades de demo, unidade de demo, demo units, equipamentos de demonstração
        pt-BR | conteudodistribuido | conteúdo distribuído, syndicated content, conteúdo sindicalizado
        pt-BR | moeda | moedas, real, reais, euro, euros, brl, eur
        pt-BR | pagamento | pago, paga, pagar, pagam, pagou, pagamentos, recebo, receber, recebimento, repasse
        pt-BR | valorminimo | valor mínimo, mínimo, limite mínimo, threshold
        pt-BR | contestar | contestação, contestações, contestada, recorrer, recurso, apelar, disputa, disputar
        pt-BR | documentacaoadicional | documentação adicional, mais documentos, documentos extras, documentos adicionais, mais informações, informações adicionais, solicitação de documentação, solicitações de documentação
        pt-BR | adminglobal | administrador global, admin global, administradores globais
        pt-BR | adminincentivos | administrador de incentivos, administradores de incentivos, admin de incentivos
        pt-BR | usuarioincentivos | usuário de incentivos, usuários de incentivos
        pt-BR | osa | online services advisor, online services advisory
        pt-BR | periododeuso | período de uso, períodos de uso, período de utilização, período de consumo
        pt-BR | periododeacumulo | período de acúmulo, períodos de acúmulo, período de ganho, período de ganhos
        pt-BR | h1 | primeiro semestre
        pt-BR | h2 | segundo semestre
        pt-BR | termina | terminou, terminar, terminado, termino, acaba, acabou, acabar, encerra, encerrou, encerrado, encerrada, fecha, fechou, fim
        """;

    /// <summary>The (canonical, variants) rows of <paramref name="language"/>.</summary>
    public static IEnumerable<(string Canonical, IReadOnlyList<string> Variants)> For(KnowledgeLanguage language)
    {
        var tag = language == KnowledgeLanguage.Portuguese ? "pt-BR" : "en-US";
        foreach (var raw in Table.Split('\n'))
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
