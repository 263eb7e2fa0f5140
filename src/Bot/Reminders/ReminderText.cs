using System.Globalization;

namespace CoopAssistant.Bot.Reminders;

/// <summary>The reminder cards' texts in en-US and pt-BR (kept here so the shared resource file stays untouched).</summary>
public static class ReminderText
{
    private static readonly Dictionary<string, (string En, string Pt)> Texts = new(StringComparer.Ordinal)
    {
        ["DeadlineTitle"] = ("Claim deadline approaching", "Prazo da solicitação se aproximando"),
        ["ExpiredTitle"] = ("Claim deadline passed", "O prazo da solicitação terminou"),
        ["ExpiredBody"] = ("The 45-day deadline has passed and the claim was not submitted.", "O prazo de 45 dias terminou e a solicitação não foi enviada."),
        ["RequestedTitle"] = ("Additional documentation requested", "Documentação adicional solicitada"),
        ["FollowUpTitle"] = ("Documentation still requested", "Documentação ainda pendente"),
        ["RetentionTitle"] = ("Evidence retention ends soon", "A retenção das evidências termina em breve"),
        ["RetentionBody"] = ("Originals must be kept until {0}. After that date they may be removed, unless Microsoft asked for them.",
            "Os originais devem ser guardados até {0}. Depois dessa data podem ser removidos, a menos que a Microsoft os tenha pedido."),
        ["SnoozedTitle"] = ("Reminder: claim deadline", "Lembrete: prazo da solicitação"),
        ["Claim"] = ("Claim", "Solicitação"),
        ["Deadline"] = ("Deadline", "Prazo"),
        ["DaysLeft"] = ("{0} days left", "faltam {0} dias"),
        ["DayLeft"] = ("1 day left", "falta 1 dia"),
        ["Today"] = ("today", "hoje"),
        ["Overdue"] = ("{0} days overdue", "{0} dias de atraso"),
        ["Missing"] = ("Still missing", "Ainda falta"),
        ["NothingMissing"] = ("All required evidence is attached.", "Todas as evidências exigidas estão anexadas."),
        ["Asked"] = ("Partner Center asked for", "O Partner Center pediu"),
        ["RespondBy"] = ("Respond by", "Responder até"),
        ["OpenClaim"] = ("Open claim", "Abrir solicitação"),
        ["AttachEvidence"] = ("Attach evidence", "Anexar evidência"),
        ["Snooze"] = ("Snooze 1 day", "Adiar 1 dia"),
        ["AlreadySubmitted"] = ("Already submitted in Partner Center", "Já enviada no Partner Center"),
        ["Snoozed"] = ("OK, I will remind you again tomorrow.", "Certo, vou lembrar você novamente amanhã."),
        ["SnoozeNotNeeded"] = ("This claim needs no more reminders.", "Esta solicitação não precisa de mais lembretes."),
        ["MarkedSubmitted"] = ("Marked as submitted. No more deadline reminders for this claim.", "Marcada como enviada. Não haverá mais lembretes de prazo para esta solicitação."),
        ["MarkFailed"] = ("The claim could not be marked as submitted (it changed or is not yours). Open it to check.", "Não foi possível marcar a solicitação como enviada (ela mudou ou não é sua). Abra-a para verificar."),
        ["DigestTitle"] = ("Weekly co-op digest", "Resumo semanal de co-op"),
        ["DigestExpiring"] = ("Claims expiring within 14 days", "Solicitações que vencem em até 14 dias"),
        ["DigestRequests"] = ("Open documentation requests", "Pedidos de documentação em aberto"),
        ["DigestNone"] = ("None.", "Nenhum."),
    };

    public static bool IsPortuguese(CultureInfo culture) =>
        culture?.Name.StartsWith("pt", StringComparison.OrdinalIgnoreCase) == true;

    public static string Get(string key, CultureInfo culture) => IsPortuguese(culture) ? Texts[key].Pt : Texts[key].En;

    public static string Format(string key, CultureInfo culture, params object[] args) => string.Format(culture, Get(key, culture), args);

    public static IReadOnlyCollection<string> Keys => Texts.Keys;
}
