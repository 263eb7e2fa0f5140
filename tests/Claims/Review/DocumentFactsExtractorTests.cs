using CoopAssistant.Claims.Review;
using CoopAssistant.Claims.Review.Extraction;

namespace CoopAssistant.Claims.Tests.Review;

public sealed class DocumentFactsExtractorTests
{
    [Theory]
    [InlineData("Data de emissão: 15/03/2026", 2026, 3, 15)]
    [InlineData("Data de emissão: 2026-03-15", 2026, 3, 15)]
    [InlineData("Emitida em 15 de março de 2026", 2026, 3, 15)]
    [InlineData("Emitida em 15 de marco de 2026", 2026, 3, 15)]
    [InlineData("Invoice date: March 15, 2026", 2026, 3, 15)]
    [InlineData("Invoice date: Mar 15, 2026", 2026, 3, 15)]
    [InlineData("Invoice date: 15 March 2026", 2026, 3, 15)]
    [InlineData("Invoice date: 03/15/2026", 2026, 3, 15)]
    [InlineData("Data: 15.03.2026", 2026, 3, 15)]
    [InlineData("Competência: 03/2026", 2026, 3, 1)]
    public void Extract_ReadsTheIssueDate_InEveryFormatOfTheIssue(string line, int year, int month, int day)
    {
        var facts = DocumentFactsExtractor.Extract(line);

        Assert.Equal(new DateOnly(year, month, day), facts.IssueDate?.Date);
        Assert.False(facts.IssueDate!.OrderAssumed);
    }

    [Fact]
    public void Extract_ResolvesAnAmbiguousDate_DayFirstInPortuguese_AndSaysItAssumed()
    {
        var facts = DocumentFactsExtractor.Extract("Nota fiscal de serviços\nData de emissão: 03/04/2026\nValor total da nota: R$ 100,00");

        Assert.Equal(DocumentLanguage.Portuguese, facts.Language);
        Assert.Equal(new DateOnly(2026, 4, 3), facts.IssueDate?.Date);
        Assert.True(facts.IssueDate!.OrderAssumed);
    }

    [Fact]
    public void Extract_ResolvesAnAmbiguousDate_MonthFirstInEnglish_AndSaysItAssumed()
    {
        var facts = DocumentFactsExtractor.Extract("Invoice for the services of the event\nInvoice date: 03/04/2026\nAmount due: $100.00");

        Assert.Equal(DocumentLanguage.English, facts.Language);
        Assert.Equal(new DateOnly(2026, 3, 4), facts.IssueDate?.Date);
        Assert.True(facts.IssueDate!.OrderAssumed);
    }

    [Fact]
    public void Extract_TakesTheIssueDate_NotTheDueDate_WhenTheDueDateComesFirst()
    {
        var facts = DocumentFactsExtractor.Extract("Due date: 2026-08-30\nInvoice date: 2026-03-15");

        Assert.Equal(new DateOnly(2026, 3, 15), facts.IssueDate?.Date);
    }

    [Fact]
    public void Extract_ReadsALabelAboveItsValue()
    {
        var facts = DocumentFactsExtractor.Extract("Data de emissão\n15/03/2026\nValor total\nR$ 1.500,00");

        Assert.Equal(new DateOnly(2026, 3, 15), facts.IssueDate?.Date);
        Assert.Equal(new Money(1_500m, "BRL"), facts.Total?.Money);
    }

    [Theory]
    [InlineData("Valor total: R$ 12.345,67", 12_345.67, "BRL")]
    [InlineData("Total: US$ 1,234.56", 1_234.56, "USD")]
    [InlineData("Total: $1,234.56", 1_234.56, "USD")]
    [InlineData("Amount due: USD 1,234.56", 1_234.56, "USD")]
    [InlineData("Valor líquido: 1.234,56 BRL", 1_234.56, "BRL")]
    [InlineData("Grand total EUR 99,00", 99.00, "EUR")]
    [InlineData("Total € 99,00", 99.00, "EUR")]
    [InlineData("Valor total da nota R$ 500,00", 500.00, "BRL")]
    [InlineData("Total: USD 5,000", 5_000.00, "USD")]
    public void Extract_ReadsTheTotal_WithItsCurrency_InEveryFormatOfTheIssue(string line, double amount, string currency)
    {
        var facts = DocumentFactsExtractor.Extract(line);

        Assert.Equal(new Money((decimal)amount, currency), facts.Total?.Money);
    }

    [Fact]
    public void Extract_PrefersTheInvoiceTotal_OverSubtotalsTaxesAndNetValue()
    {
        var facts = DocumentFactsExtractor.Extract("""
            Subtotal R$ 9.000,00
            Valor Total dos Tributos R$ 1.200,00
            Valor Total da Nota R$ 10.000,00
            Valor Líquido R$ 9.500,00
            Total aproximado dos tributos R$ 1.800,00
            """);

        Assert.Equal(new Money(10_000m, "BRL"), facts.Total?.Money);
        Assert.Equal("Valor Total da Nota", facts.Total!.Label);
    }

    [Fact]
    public void Extract_GivesAnAmountWithoutCurrency_TheDocumentsCurrency()
    {
        var facts = DocumentFactsExtractor.Extract("Serviço R$ 700,00\nTotal 700,00");

        Assert.Equal(new Money(700m, "BRL"), facts.Total?.Money);
    }

    [Theory]
    [InlineData("Número da NFS-e: 2026/000123", "2026/000123")]
    [InlineData("Invoice #: INV-2026-0042", "INV-2026-0042")]
    [InlineData("Invoice No. 4711", "4711")]
    [InlineData("Nº 000815", "000815")]
    [InlineData("Fatura nº 77-B", "77-B")]
    [InlineData("Invoice number\nA-991", "A-991")]
    public void Extract_ReadsTheInvoiceNumber(string text, string number)
    {
        Assert.Equal(number, DocumentFactsExtractor.Extract(text).InvoiceNumber);
    }

    [Fact]
    public void Extract_SplitsIssuerAndCustomer_ByTheNfseSections()
    {
        var facts = DocumentFactsExtractor.Extract(Scenario.Nfse());

        Assert.True(facts.LooksLikeNfse);
        Assert.Equal("Eventos Paulista Ltda", facts.Issuer.Name);
        Assert.Equal(["11222333000181"], facts.Issuer.TaxIds);
        Assert.Equal(Scenario.PartnerName, facts.Customer.Name);
        Assert.Equal(["45723174000110"], facts.Customer.TaxIds);
        Assert.Equal("2026/000123", facts.InvoiceNumber);
        Assert.Equal(new DateOnly(2026, 3, 15), facts.IssueDate?.Date);
        Assert.Equal(new Money(10_000m, "BRL"), facts.Total?.Money);
    }

    [Fact]
    public void Extract_TakesTheLetterhead_AsTheIssuer_OfAnEnglishInvoice()
    {
        var facts = DocumentFactsExtractor.Extract(Scenario.EnglishInvoice());

        Assert.Equal("Contoso Events LLC", facts.Issuer.Name);
        Assert.Equal(["123456789"], facts.Issuer.TaxIds);
        Assert.Equal(Scenario.PartnerName, facts.Customer.Name);
        Assert.Equal("INV-2026-0042", facts.InvoiceNumber);
        Assert.Equal(new Money(10_000m, "USD"), facts.Total?.Money);
    }

    [Theory]
    [InlineData("CNPJ: 11.222.333/0001-81", "11222333000181")]
    [InlineData("CNPJ 11222333000181", "11222333000181")]
    [InlineData("CNPJ: 12.ABC.345/01DE-35", "12ABC34501DE35")]
    [InlineData("VAT No: GB 123 4567 89", "GB123456789")]
    [InlineData("Tax ID: 12-3456789", "123456789")]
    public void Extract_ReadsValidTaxIds(string line, string key)
    {
        var facts = DocumentFactsExtractor.Extract("Emitente\n" + line);

        Assert.Contains(key, facts.Issuer.TaxIds);
        Assert.Empty(facts.InvalidTaxIds);
    }

    [Theory]
    [InlineData("CNPJ: 11.222.333/0001-82")]
    [InlineData("CNPJ: 11.222.333/0001-91")]
    [InlineData("CNPJ: 12.ABC.345/01DE-36")]
    [InlineData("CNPJ: 11111111111111")]
    public void Extract_RejectsACnpj_WhoseCheckDigitsAreWrong(string line)
    {
        var facts = DocumentFactsExtractor.Extract("Emitente\n" + line);

        Assert.Empty(facts.Issuer.TaxIds);
        Assert.Single(facts.InvalidTaxIds);
    }

    [Fact]
    public void InvoiceKey_IsTheIssuerIdAndTheNumber_WithoutLeadingZeros()
    {
        var facts = DocumentFactsExtractor.Extract(Scenario.Nfse(number: "000123"));

        Assert.Equal("11222333000181|123", DocumentFactsExtractor.InvoiceKey(facts));
    }

    [Fact]
    public void Extract_BoundsItsWork_OnHostileText()
    {
        // A million digits and separators on one line, and many lines: bounded by DocumentLines, no backtracking.
        var hostile = string.Concat(Enumerable.Repeat("1.1.1,1/1-", 100_000)) + "\n" + string.Concat(Enumerable.Repeat("Total R$ 1,\n", 50_000));
        var facts = DocumentFactsExtractor.Extract(hostile);

        Assert.Null(facts.IssueDate);
    }
}
