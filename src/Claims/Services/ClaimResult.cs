using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Claims.Services;

/// <summary>The typed result of every <see cref="IClaimService"/> call. <see cref="Code"/> is the localisable error code (null when Ok).</summary>
public sealed record ClaimResult<T>(ClaimOutcome Outcome, T? Value, ClaimErrorCode? Code, IReadOnlyList<FieldError> Errors, TransitionError? Transition)
{
    public bool IsOk => Outcome == ClaimOutcome.Ok;

    /// <summary>The usage limit that refused the call (<see cref="ClaimOutcome.Limited"/> only).</summary>
    public Limits.UsageRefusal? Limit { get; init; }
}

/// <summary>Factories for <see cref="ClaimResult{T}"/>.</summary>
public static class ClaimResult
{
    public static ClaimResult<T> Ok<T>(T value) => new(ClaimOutcome.Ok, value, null, [], null);

    public static ClaimResult<T> Invalid<T>(IReadOnlyList<FieldError> errors) => new(ClaimOutcome.Invalid, default, null, errors, null);

    public static ClaimResult<T> NotFound<T>() => new(ClaimOutcome.NotFound, default, ClaimErrorCode.NotFound, [], null);

    public static ClaimResult<T> Forbidden<T>() => new(ClaimOutcome.Forbidden, default, ClaimErrorCode.Forbidden, [], null);

    public static ClaimResult<T> Conflict<T>() => new(ClaimOutcome.Conflict, default, ClaimErrorCode.Conflict, [], null);

    public static ClaimResult<T> Refused<T>(ClaimErrorCode code) => new(ClaimOutcome.Refused, default, code, [], null);

    public static ClaimResult<T> Limited<T>(Limits.UsageRefusal limit) =>
        new(ClaimOutcome.Limited, default, ClaimErrorCode.ClaimLimitReached, [], null) { Limit = limit };

    public static ClaimResult<T> Refused<T>(TransitionError transition)
    {
        ArgumentNullException.ThrowIfNull(transition);
        return new(ClaimOutcome.Refused, default, transition.Code, [], transition);
    }
}
