using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Claims.Tests.Validation;

public class ClaimValidatorTests
{
    private static readonly ClaimsOptions Options = new();
    private static readonly EvidenceFileOptions Files = new();

    internal static ClaimDraft ValidDraft() => new(
        ClaimProgram.PartnerCoop, ActivityType.Seminar, "Azure seminar São Paulo",
        new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), new DateOnly(2026, 3, 10), 1234.56m, "USD", true, false);

    private static IReadOnlyList<ClaimErrorCode> Codes(ClaimDraft draft) => [.. ClaimValidator.Validate(draft, Options).Select(e => e.Code)];

    [Fact]
    public void Validate_AValidDraft_HasNoErrors() => Assert.Empty(ClaimValidator.Validate(ValidDraft(), Options));

    [Fact]
    public void Validate_UsageEndBeforeStart_IsAnError()
    {
        var errors = ClaimValidator.Validate(ValidDraft() with { UsageStart = new DateOnly(2026, 7, 1), ActivityDate = new DateOnly(2026, 1, 1) }, Options);
        Assert.Equal([new FieldError(ClaimFields.UsageEnd, ClaimErrorCode.UsagePeriodEndBeforeStart)], errors);
    }

    [Theory]
    [InlineData("2026-01-01", "2026-06-30", true)]
    [InlineData("2026-01-01", "2026-07-01", false)]
    [InlineData("2026-07-01", "2026-12-31", true)]
    [InlineData("2026-07-01", "2027-01-01", false)]
    [InlineData("2027-08-31", "2028-02-28", true)] // leap year: Aug 31 + 6 months = Feb 29
    [InlineData("2027-08-31", "2028-02-29", false)]
    [InlineData("2026-03-15", "2026-03-15", true)] // one-day period
    public void Validate_UsagePeriod_IsAtMostSixMonths(string start, string end, bool valid)
    {
        var draft = ValidDraft() with { UsageStart = DateOnly.Parse(start), UsageEnd = DateOnly.Parse(end), ActivityDate = DateOnly.Parse(start) };
        Assert.Equal(valid, !Codes(draft).Contains(ClaimErrorCode.UsagePeriodTooLong));
    }

    [Theory]
    [InlineData("2026-06-30", true)]
    [InlineData("2026-01-01", true)]
    [InlineData("2025-12-01", true)] // before the usage period
    [InlineData("2026-07-01", false)]
    public void Validate_ActivityDate_IsInsideOrBeforeTheUsagePeriod(string activity, bool valid) =>
        Assert.Equal(valid, !Codes(ValidDraft() with { ActivityDate = DateOnly.Parse(activity) }).Contains(ClaimErrorCode.ActivityDateAfterUsagePeriod));

    [Theory]
    [InlineData("0", "USD", ClaimErrorCode.AmountNotPositive)]
    [InlineData("-1", "USD", ClaimErrorCode.AmountNotPositive)]
    [InlineData("10.123", "USD", ClaimErrorCode.AmountTooManyDecimals)]
    [InlineData("1.5", "JPY", ClaimErrorCode.AmountTooManyDecimals)]
    [InlineData("1.234", "KWD", ClaimErrorCode.AmountTooManyDecimals)]
    [InlineData("10000000", "USD", ClaimErrorCode.AmountAboveCeiling)]
    [InlineData("10", "usd", ClaimErrorCode.CurrencyUnknown)]
    [InlineData("10", "XYZ", ClaimErrorCode.CurrencyUnknown)]
    [InlineData("10", "XAU", ClaimErrorCode.CurrencyUnknown)]
    [InlineData("10", "", ClaimErrorCode.CurrencyUnknown)]
    public void Validate_BadAmountOrCurrency_IsAnError(string amount, string currency, ClaimErrorCode expected) =>
        Assert.Contains(expected, Codes(ValidDraft() with { Amount = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Currency = currency }));

    [Theory]
    [InlineData("0.01", "USD")]
    [InlineData("9999999.99", "USD")]
    [InlineData("1500", "JPY")]
    [InlineData("12.30", "BRL")]
    [InlineData("1.23", "KWD")]
    [InlineData("100.00", "JPY")] // trailing zeros are not decimals
    public void Validate_GoodAmount_IsAccepted(string amount, string currency) =>
        Assert.Empty(Codes(ValidDraft() with { Amount = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Currency = currency }));

    [Fact]
    public void Validate_Ceiling_IsConfigurable()
    {
        var options = new ClaimsOptions { AmountCeiling = 1000m };
        Assert.Contains(ClaimValidator.Validate(ValidDraft() with { Amount = 1000m }, options), e => e.Code == ClaimErrorCode.AmountAboveCeiling);
        Assert.Empty(ClaimValidator.Validate(ValidDraft() with { Amount = 999.99m }, options));
    }

    [Fact]
    public void Validate_SyndicatedContentAboveItsCap_IsAnError()
    {
        var draft = ValidDraft() with { ActivityType = ActivityType.SyndicatedContent, Amount = 18_750.01m };
        Assert.Contains(ClaimErrorCode.AmountAboveActivityCap, Codes(draft));
        Assert.Empty(Codes(draft with { Amount = 18_750m }));
    }

    [Theory]
    [InlineData("ab", ClaimErrorCode.TitleLength)]
    [InlineData("   ab   ", ClaimErrorCode.TitleLength)]
    [InlineData("", ClaimErrorCode.TitleLength)]
    [InlineData("Seminar\u0007", ClaimErrorCode.TitleControlCharacters)]
    [InlineData("Seminar\nline", ClaimErrorCode.TitleControlCharacters)]
    public void Validate_BadTitle_IsAnError(string title, ClaimErrorCode expected) =>
        Assert.Contains(expected, Codes(ValidDraft() with { Title = title }));

    [Fact]
    public void Validate_TitleLengthBounds()
    {
        Assert.Empty(Codes(ValidDraft() with { Title = "abc" }));
        Assert.Empty(Codes(ValidDraft() with { Title = new string('x', 120) }));
        Assert.Contains(ClaimErrorCode.TitleLength, Codes(ValidDraft() with { Title = new string('x', 121) }));
    }

    [Fact]
    public void Validate_UnknownEnums_AreErrors()
    {
        var codes = Codes(ValidDraft() with { Program = (ClaimProgram)99, ActivityType = (ActivityType)99 });
        Assert.Contains(ClaimErrorCode.ProgramUnknown, codes);
        Assert.Contains(ClaimErrorCode.ActivityTypeUnknown, codes);
    }

    [Fact]
    public void Validate_ReportsEveryErrorAtOnce()
    {
        var draft = ValidDraft() with { Title = "x", Amount = 0, Currency = "ZZZ", UsageEnd = new DateOnly(2025, 1, 1) };
        Assert.Equal(4, Codes(draft).Distinct().Intersect([ClaimErrorCode.TitleLength, ClaimErrorCode.AmountNotPositive, ClaimErrorCode.CurrencyUnknown, ClaimErrorCode.UsagePeriodEndBeforeStart]).Count());
    }

    [Theory]
    [InlineData("invoice.pdf", true)]
    [InlineData("Fatura março.PDF", true)]
    [InlineData("photo.jpeg", true)]
    [InlineData("mail.eml", true)]
    [InlineData("../invoice.pdf", false)]
    [InlineData("a/b.pdf", false)]
    [InlineData("a\\b.pdf", false)]
    [InlineData("c:invoice.pdf", false)]
    [InlineData("..pdf", false)]
    [InlineData("in\u0000voice.pdf", false)]
    [InlineData("in\u001fvoice.pdf", false)]
    [InlineData(" invoice.pdf", false)]
    [InlineData("", false)]
    public void IsSafeFileName_RejectsPathsAndControlCharacters(string name, bool safe) =>
        Assert.Equal(safe, ClaimValidator.IsSafeFileName(name));

    [Theory]
    [InlineData("invoice.exe", ClaimErrorCode.FileTypeNotAllowed)]
    [InlineData("invoice", ClaimErrorCode.FileTypeNotAllowed)]
    [InlineData("../x.pdf", ClaimErrorCode.FileNameInvalid)]
    public void Validate_EvidenceName(string name, ClaimErrorCode expected)
    {
        var errors = ClaimValidator.Validate(new NewEvidence(EvidenceKind.VendorInvoice, EvidenceSource.OneDrive, name, 10, null), Files);
        Assert.Equal([expected], errors.Select(e => e.Code));
    }

    [Fact]
    public void Validate_EvidenceSize_DefaultsTo100MegabytesAndIsConfigurable()
    {
        var evidence = new NewEvidence(EvidenceKind.VendorInvoice, EvidenceSource.OneDrive, "a.pdf", 100L * 1024 * 1024, "application/pdf");
        Assert.Empty(ClaimValidator.Validate(evidence, Files));
        Assert.Equal([ClaimErrorCode.FileTooLarge], ClaimValidator.Validate(evidence with { SizeBytes = (100L * 1024 * 1024) + 1 }, Files).Select(e => e.Code));
        Assert.Equal([ClaimErrorCode.FileTooLarge], ClaimValidator.Validate(evidence with { SizeBytes = 2000 }, new EvidenceFileOptions { MaxFileBytes = 1000 }).Select(e => e.Code));
    }

    [Fact]
    public void Validate_EvidenceTypes_AreConfigurable()
    {
        var options = new EvidenceFileOptions();
        options.AllowedExtensions.Add(".pdf");
        Assert.Empty(ClaimValidator.Validate(new NewEvidence(EvidenceKind.VendorInvoice, EvidenceSource.Local, "a.pdf", 1, null), options));
        Assert.NotEmpty(ClaimValidator.Validate(new NewEvidence(EvidenceKind.VendorInvoice, EvidenceSource.Local, "a.png", 1, null), options));
    }

    [Fact]
    public void Validate_DocumentationRequest()
    {
        var request = new NewDocumentationRequest(new DateOnly(2026, 9, 1), null, "Send the booth photo");
        Assert.Empty(ClaimValidator.Validate(request, new DateOnly(2026, 9, 1)));
        Assert.Equal([ClaimErrorCode.RespondByBeforeRequestedOn], ClaimValidator.Validate(request, new DateOnly(2026, 8, 31)).Select(e => e.Code));
        Assert.Equal([ClaimErrorCode.TextInvalid], ClaimValidator.Validate(request with { WhatWasAsked = " " }, new DateOnly(2026, 9, 2)).Select(e => e.Code));
    }

    [Fact]
    public void Iso4217_KnowsMinorUnits()
    {
        Assert.Equal(2, Iso4217.MinorUnits("BRL"));
        Assert.Equal(0, Iso4217.MinorUnits("JPY"));
        Assert.Equal(3, Iso4217.MinorUnits("BHD"));
        Assert.Null(Iso4217.MinorUnits("ABC"));
        Assert.True(Iso4217.IsKnown("EUR"));
        Assert.False(Iso4217.IsKnown("XXX"));
    }
}
