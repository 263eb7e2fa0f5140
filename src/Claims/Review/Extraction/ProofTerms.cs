namespace CoopAssistant.Claims.Review.Extraction;

/// <summary>The words (folded, both languages) that show each <see cref="ProofItem"/> in a document's text; a picture
/// shows the items in <see cref="ShownByPicture"/>. The items each activity type needs are in <see cref="ProofExpectations"/>.</summary>
internal static class ProofTerms
{
    public static readonly IReadOnlySet<ProofItem> ShownByPicture = new HashSet<ProofItem>
    {
        ProofItem.FinalPiece, ProofItem.Screenshot, ProofItem.Photos, ProofItem.BoothPhoto, ProofItem.SentPiece,
    };

    private static readonly LabelSet<ProofItem[]> Terms = new(Group(
    [
        .. Many(ProofItem.FinalPiece, "anuncio", "anuncio publicado", "advertisement", "print ad", "published in", "publicado em", "tear sheet", "encarte"),
        .. Many(ProofItem.Screenshot, "screenshot", "screen capture", "captura de tela", "print da tela"),
        .. Many(ProofItem.LandingUrl, "http", "https", "www", "landing page", "pagina de destino", "url"),
        .. Many(ProofItem.ClickThroughReport, "click-through", "clickthrough", "click through", "ctr", "clicks", "cliques", "impressions", "impressoes", "taxa de cliques"),
        .. Many(ProofItem.SentPiece, "e-mail marketing", "email marketing", "newsletter", "mala direta", "direct mail", "sms", "mailing"),
        .. Many(ProofItem.DistributionProof, "recipients", "destinatarios", "delivered", "entregues", "sent to", "enviados", "enviadas", "distribution", "distribuicao", "open rate", "taxa de abertura"),
        .. Many(ProofItem.StatementOfWork, "statement of work", "scope of work", "sow", "escopo", "declaracao de trabalho", "escopo do trabalho"),
        .. Many(ProofItem.Script, "script", "roteiro", "call script"),
        .. Many(ProofItem.CallCount, "calls made", "number of calls", "calls", "chamadas", "ligacoes", "ligacoes realizadas"),
        .. Many(ProofItem.SuccessfulContacts, "successful contacts", "contacts reached", "contatos", "contatos efetivos", "bem-sucedidos", "bem sucedidos"),
        .. Many(ProofItem.Invitation, "invitation", "you are invited", "you're invited", "rsvp", "register now", "convite", "convidamos", "voce esta convidado", "inscreva-se"),
        .. Many(ProofItem.Agenda, "agenda", "programacao", "schedule", "cronograma", "pauta"),
        .. Many(ProofItem.Photos, "photo", "photos", "foto", "fotos", "photograph", "fotografia"),
        .. Many(ProofItem.RegisteredGuests, "registered guests", "attendees", "attendee list", "registrations", "registrants", "guest list", "lista de presenca", "inscritos", "participantes", "lista de participantes", "convidados", "inscricao", "inscricoes", "presenca", "check-in", "confirmados"),
        .. Many(ProofItem.BoothPhoto, "booth", "estande", "stand"),
        .. Many(ProofItem.OfferDetails, "offer", "oferta", "discount", "desconto", "promocao", "promotion", "spiff", "incentive"),
        .. Many(ProofItem.EngagementRecord, "engagement", "on-site", "timesheet", "activity report", "relatorio de atividades", "presencial", "horas trabalhadas"),
        .. Many(ProofItem.CourseOrExamCode, "course", "curso", "exam", "exame", "certification", "certificacao", "training", "treinamento"),
        .. Many(ProofItem.CompletionDate, "completion", "completed", "conclusao", "concluido", "concluida", "certificate of completion", "certificado de conclusao"),
        .. Many(ProofItem.Registration, "registration", "inscricao", "badge", "ticket", "ingresso", "credencial"),
        .. Many(ProofItem.UnitsList, "units", "unidades", "serial number", "numero de serie", "devices", "dispositivos", "demo units"),
        .. Many(ProofItem.PreApproval, "pre-approval", "preapproval", "pre-aprovacao", "pre aprovacao", "pre-approval id"),
        .. Many(ProofItem.BroadcastProof, "aired", "broadcast", "veiculacao", "exibicao", "spot", "insercoes", "insertions"),
    ]));

    public static HashSet<ProofItem> Find(DocumentLines lines)
    {
        var found = new HashSet<ProofItem>();
        foreach (var line in lines.Folded)
        {
            foreach (var hit in Terms.Find(line))
            {
                found.UnionWith(hit.Meaning);
            }
        }

        return found;
    }

    /// <summary>One label per phrase, meaning every item that phrase shows ("inscrição" is a registration and a guest list).</summary>
    private static IEnumerable<Label<ProofItem[]>> Group(IEnumerable<Label<ProofItem>> labels) =>
        labels.GroupBy(l => l.Phrase, StringComparer.Ordinal).Select(g => new Label<ProofItem[]>(g.Key, [.. g.Select(l => l.Meaning).Distinct()]));

    private static IEnumerable<Label<ProofItem>> Many(ProofItem item, params string[] phrases) => phrases.Select(p => new Label<ProofItem>(p, item));
}
