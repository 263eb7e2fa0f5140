using CoopAssistant.Claims.Results;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Claims.Tests.Results;

public sealed class ResultTests
{
    private enum Refused
    {
        NotFound = 1,
    }

    [Fact]
    public void Ok_CarriesTheValue_AndNoError()
    {
        Result<string, Refused> result = "kept";

        Assert.True(result.IsOk);
        Assert.Equal("kept", result.Value);
        Assert.True(result.TryGetValue(out var value, out _));
        Assert.Equal("kept", value);
        Assert.Equal("value kept", result.Match(v => "value " + v, e => "error " + e));
    }

    [Fact]
    public void Fail_CarriesTheError_AndNoValue()
    {
        Result<string, Refused> result = Refused.NotFound;

        Assert.False(result.IsOk);
        Assert.Null(result.Value);
        Assert.Equal(Refused.NotFound, result.Error);
        Assert.False(result.TryGetValue(out _, out var error));
        Assert.Equal(Refused.NotFound, error);
        Assert.Equal("error NotFound", result.Match(v => "value " + v, e => "error " + e));
    }

    [Fact]
    public void Fail_RefusesANullError()
    {
        Assert.Throws<ArgumentNullException>(() => Result<string, string>.Fail(null!));
    }

    [Fact]
    public void AClaimResult_IsTheOneShape_WithTheClaimErrorsFieldsLifted()
    {
        Result<int, ClaimError> refused = ClaimResult.Refused<int>(ClaimErrorCode.Conflict);
        var ok = ClaimResult.Ok(42);

        Assert.False(refused.IsOk);
        Assert.Equal(ClaimOutcome.Refused, refused.Error.Outcome);
        Assert.Equal(ClaimErrorCode.Conflict, ((ClaimResult<int>)refused).Code);
        Assert.Equal(ClaimOutcome.Ok, ok.Outcome);
        Assert.Null(ok.Code);
        Assert.Empty(ok.Errors);
        Assert.Equal(42, ok.Value);
    }
}
