using CoopAssistant.Claims.Funds;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Claims.Tests.Funds;

public class FundCsvTests
{
    private static readonly ClaimsOptions Options = new();

    private static FundCsvResult Parse(params string[] lines) => FundCsv.Parse(string.Join("\n", lines), Options);

    [Fact]
    public void EnglishHeaders_CommaSeparated_MonthFirstDates_AndQuotedThousands()
    {
        var result = Parse(
            "Program,Location,Usage start,Usage end,Amount,Currency",
            "Partner co-op,\"Chicago, IL\",1/1/2026,6/30/2026,\"12,500.75\",usd",
            "OSA,,2026-07-01,2026-12-31,8000,USD");
        Assert.Equal((',', "en-US", 0), (result.Separator, result.HeaderLanguage, result.TotalErrors));
        Assert.Equal(
            [
                (2, new NewFund(ClaimProgram.PartnerCoop, "Chicago, IL", new(2026, 1, 1), new(2026, 6, 30), 12_500.75m, "USD")),
                (3, new NewFund(ClaimProgram.OnlineServicesAdvisor, null, new(2026, 7, 1), new(2026, 12, 31), 8000m, "USD")),
            ],
            result.Lines);
    }

    [Fact]
    public void PortugueseHeaders_SemicolonSeparated_AsPortugueseExcelWritesThem_DayFirstAndCommaDecimals()
    {
        // What Excel in pt-BR saves as "CSV (separado por vírgulas)": ';' between cells, a BOM, CRLF, any column order.
        var result = FundCsv.Parse(
            "\uFEFFMoeda;Valor;PROGRAMA;Início do período de uso;Fim do período de uso;Localização\r\n" +
            "BRL;R$ 1.234.567,89;Co-op de parceiros;01/07/2026;31/12/2026;São Paulo\r\n" +
            "BRL;950;ISV do Dynamics;01/01/2026;30/06/2026;\r\n",
            Options);
        Assert.Equal((';', "pt-BR", 0), (result.Separator, result.HeaderLanguage, result.TotalErrors));
        Assert.Equal(new NewFund(ClaimProgram.PartnerCoop, "São Paulo", new(2026, 7, 1), new(2026, 12, 31), 1_234_567.89m, "BRL"), result.Lines[0].Fund);
        Assert.Equal(new NewFund(ClaimProgram.DynamicsIsv, null, new(2026, 1, 1), new(2026, 6, 30), 950m, "BRL"), result.Lines[1].Fund);
    }

    [Theory]
    [InlineData("Programa;Início;Fim;Valor;Moeda", "OSA;01/01/2026;30/06/2026;1234.56;USD", ClaimErrorCode.CsvAmountInvalid, "amount")] // an English amount under Portuguese headers is not 123456
    [InlineData("program,start,end,amount,currency", "OSA,13/01/2026,06/30/2026,10,USD", ClaimErrorCode.CsvDateInvalid, "usageStart")]
    [InlineData("program,start,end,amount,currency", "OSA,2026-01-01,2026-12-31,10,USD", ClaimErrorCode.UsagePeriodTooLong, "usageEnd")]
    [InlineData("program,start,end,amount,currency", "OSA,2026-01-01,2026-06-30,10,XYZ", ClaimErrorCode.CurrencyUnknown, "currency")]
    [InlineData("program,start,end,amount,currency", "OSA,2026-01-01,2026-06-30,10.555,USD", ClaimErrorCode.AmountTooManyDecimals, "amount")]
    [InlineData("program,start,end,amount,currency", "OSA,2026-01-01,2026-06-30,10", ClaimErrorCode.CsvColumnCount, null)]
    public void ABadLine_GetsItsLineNumberColumnAndReason(string header, string line, ClaimErrorCode code, string? column)
    {
        var result = Parse(header, "OSA,2026-01-01,2026-06-30,10,EUR".Replace(",", header.Contains(';') ? ";" : ",", StringComparison.Ordinal), line);
        var error = Assert.Single(result.Errors);
        Assert.Equal((3, column, code), (error.Line, error.Column, error.Code));
    }

    [Fact]
    public void MissingColumns_AnEmptyFile_AndAnOpenQuote_AreSaidOnTheRightLine()
    {
        Assert.Equal([("usageEnd", ClaimErrorCode.CsvMissingColumn), ("currency", ClaimErrorCode.CsvMissingColumn)],
            Parse("program,start,amount", "OSA,2026-01-01,5").Errors.Select(e => (e.Column!, e.Code)));
        Assert.Equal(ClaimErrorCode.CsvEmpty, Assert.Single(FundCsv.Parse("  ", Options).Errors).Code);
        Assert.Equal(ClaimErrorCode.CsvEmpty, Assert.Single(Parse("program,start,end,amount,currency").Errors).Code);
        var open = Parse("program,start,end,amount,currency", "OSA,2026-01-01,2026-06-30,\"10,USD");
        Assert.Equal((2, ClaimErrorCode.CsvUnterminatedQuote), (open.Errors[0].Line, open.Errors[0].Code));
    }

    [Fact]
    public void LineNumbers_CountPhysicalLines_EvenWhenAQuotedCellSpansTwo()
    {
        var result = Parse(
            "program,location,start,end,amount,currency",
            "OSA,\"Rio",
            "de Janeiro\",2026-01-01,2026-06-30,10,BRL",
            "",
            "OSA,,2026-01-01,2026-06-30,ten,BRL");
        // The record on lines 2–3 is one fund whose location holds a line break (refused like any control character, and reported
        // on the line where the record starts); the bad amount after it is on physical line 5.
        Assert.Empty(result.Lines);
        Assert.Equal([(2, "location"), (5, "amount")], result.Errors.Select(e => (e.Line, e.Column)));
    }

    [Fact]
    public void ManyErrors_AreAllCounted_AndTheFirstOnesListed()
    {
        var lines = new List<string> { "program,start,end,amount,currency" };
        lines.AddRange(Enumerable.Range(0, 500).Select(i => $"Nope{i},2026-01-01,2026-06-30,10,USD"));
        var result = Parse([.. lines]);
        Assert.Equal(500, result.TotalErrors);
        Assert.Equal(FundCsv.MaxErrorsListed, result.Errors.Count);
        Assert.Equal(2, result.Errors[0].Line);
    }

    [Theory]
    [InlineData("program,location,usage start,usage end,amount,currency\nOSA,,2026-01-01,2026-06-30,1,USD", true)]
    [InlineData("Moeda;Valor;Fim do período de uso;Início do período de uso;Programa\r\n", true)]
    [InlineData("name,email,company\nAna,ana@contoso.com,Contoso", false)]
    [InlineData("program,usage start,usage end,amount\n", false)]
    [InlineData("\"program,usage start,usage end,amount,currency\n", false)]
    [InlineData("", false)]
    public void HasFundsHeader_NeedsEveryRequiredColumnOnTheFirstLine(string text, bool expected) =>
        Assert.Equal(expected, FundCsv.HasFundsHeader(text));

    [Fact]
    public void AnUploadedFile_IsReadAsUtf8WithOrWithoutABom_OrAsWindows1252WhenItIsNotUtf8_WithTheHashOfItsBytes()
    {
        const string text = "Programa;Localização;Início;Fim;Valor;Moeda";
        var utf8 = System.Text.Encoding.UTF8.GetBytes(text);
        var bom = (byte[])[0xEF, 0xBB, 0xBF, .. utf8];
        var windows1252 = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);

        Assert.Equal(text, FundCsvFile.Decode(utf8));
        Assert.Equal(text, FundCsvFile.Decode(bom));
        Assert.Equal(text, FundCsvFile.Decode(windows1252));
        Assert.NotEqual(FundCsvFile.Hash(utf8), FundCsvFile.Hash(windows1252));
        Assert.Equal(64, FundCsvFile.Hash(utf8).Length);
    }

    [Fact]
    public async Task AnUploadedFile_LargerThanTheLimit_OrEmpty_IsNotRead()
    {
        var large = await FundCsvFile.ReadAsync(new MemoryStream(new byte[FundCsvFile.MaxBytes + 1]), CancellationToken.None);
        Assert.Equal((null, ClaimErrorCode.CsvTooLarge), (large.Text, large.Error));
        var empty = await FundCsvFile.ReadAsync(new MemoryStream(), CancellationToken.None);
        Assert.Equal((null, ClaimErrorCode.CsvEmpty), (empty.Text, empty.Error));
        var read = await FundCsvFile.ReadAsync(new MemoryStream("a,b"u8.ToArray()), CancellationToken.None);
        Assert.Equal(("a,b", FundCsvFile.Hash("a,b"u8)), (read.Text, read.Sha256));
    }
}
