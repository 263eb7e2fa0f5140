namespace CoopAssistant.TestKit.App.Corpus;

/// <summary>The lines of the corpus documents ("Label: value" lines are laid out per writer: one line, a table row,
/// or the label above its value). The partner is "Parceira Exemplo Tecnologia Ltda", CNPJ 45.723.174/0001-10.</summary>
public static class InvoiceTexts
{
    public const string PartnerName = "Parceira Exemplo Tecnologia Ltda";
    public const string PartnerCnpj = "45.723.174/0001-10";

    public static string[] Nfse(
        string date = "15/03/2026",
        string total = "R$ 10.000,00",
        string number = "2026/000123",
        string issuer = "Eventos Paulista Ltda",
        string cnpj = "11.222.333/0001-81",
        string city = "SÃO PAULO") =>
    [
        $"PREFEITURA DO MUNICÍPIO DE {city}",
        "NOTA FISCAL DE SERVIÇOS ELETRÔNICA - NFS-e",
        $"Número da NFS-e: {number}",
        $"Data e Hora de Emissão: {date} 10:42:00",
        "Código de Verificação: AB12-CD34",
        "PRESTADOR DE SERVIÇOS",
        $"Razão Social: {issuer}",
        $"CNPJ: {cnpj}",
        $"Município: {city}",
        "TOMADOR DE SERVIÇOS",
        $"Razão Social: {PartnerName}",
        $"CNPJ: {PartnerCnpj}",
        "DISCRIMINAÇÃO DOS SERVIÇOS",
        "Organização de seminário para clientes, locação de espaço e coffee break",
        $"Valor dos Serviços: {total}",
        "Valor Total dos Tributos: R$ 0,00",
        $"Valor Total da Nota: {total}",
    ];

    public static string[] English(
        string date = "March 15, 2026",
        string total = "USD 10,000.00",
        string number = "INV-2026-0042",
        string issuer = "Contoso Events LLC",
        string taxId = "EIN: 12-3456789",
        string totalLabel = "Grand total") =>
    [
        issuer,
        "1 Microsoft Way, Redmond, WA 98052",
        taxId,
        "INVOICE",
        $"Invoice #: {number}",
        $"Invoice date: {date}",
        "Payment terms: 30 days",
        $"Bill to: {PartnerName}",
        "Description: Seminar venue, catering and registration desk",
        $"Subtotal: {total}",
        "Sales tax: 0.00",
        $"{totalLabel}: {total}",
    ];

    public static string[] Statement(string total = "R$ 3.000,00", string date = "31/03/2026") =>
    [
        "DECLARAÇÃO E RELATÓRIO DE CERTIFICAÇÃO (SAC)",
        $"Empresa: {PartnerName}",
        $"CNPJ: {PartnerCnpj}",
        $"Data de emissão: {date}",
        "Atividade: Seminário de lançamento realizado por equipe interna",
        "Horas de trabalho interno: 60",
        $"Custo total: {total}",
    ];

    public static string[] EnglishStatement(string total = "USD 2,500.00") =>
    [
        "CERTIFICATION STATEMENT AND REPORT",
        $"Company: {PartnerName}",
        "Date: April 2, 2026",
        "Activity: customer seminar run by our own marketing team",
        "Internal hours: 40",
        $"Total cost: {total}",
    ];

    public static string[] SeminarProof(string eventDate = "20/03/2026") =>
    [
        "Convite: Seminário de lançamento Microsoft 365",
        $"Data do evento: {eventDate}",
        "Agenda: 09:00 abertura, 10:00 demonstração, 12:00 almoço",
        "Lista de presença: 42 participantes inscritos",
    ];

    public static string[] UnrelatedReport() =>
    [
        "Relatório mensal de vendas",
        "Receita do trimestre: R$ 80.000,00",
        "Meta atingida: 95%",
    ];

    public static string[] InvoiceWithoutTotal() =>
    [
        "Gráfica Aurora S.A.",
        "CNPJ: 11.444.777/0001-61",
        "Fatura nº 12",
        "Data: 10/02/2026",
        "Serviços de impressão de convites",
    ];

    public static string[] LongNfse(int items)
    {
        var lines = new List<string>(Nfse(total: "R$ 10.000,00", number: "2026/009999").SkipLast(3));
        for (var i = 1; i <= items; i++)
        {
            lines.Add($"Item {i}: serviço de apoio ao evento, hora técnica {i} - R$ " + (10_000m / items).ToString("N2", System.Globalization.CultureInfo.GetCultureInfo("pt-BR")));
        }

        lines.Add("Valor Total da Nota: R$ 10.000,00");
        return [.. lines];
    }
}
