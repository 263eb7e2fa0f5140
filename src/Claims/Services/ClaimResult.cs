using CoopAssistant.Claims.Results;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Claims.Services;

/// <summary>
/// The typed result of every <see cref="IClaimService"/> call: the one result shape, <see cref="Result{TValue, TError}"/>, with a
/// <see cref="ClaimError"/> on its error side. The error's fields are lifted here (null or empty when Ok) because the commands and
/// the browser APIs read them on every call; <see cref="Code"/> is the localisable error code.
/// </summary>
public sealed record ClaimResult<T> : Result<T, ClaimError>
{
    internal ClaimResult(T value)
        : base(value, null, isOk: true)
    {
    }

    internal ClaimResult(ClaimError error)
        : base(default, error, isOk: false)
    {
    }

    public ClaimOutcome Outcome => Error?.Outcome ?? ClaimOutcome.Ok;

    public ClaimErrorCode? Code => Error?.Code;

    public IReadOnlyList<FieldError> Errors => Error?.Errors ?? [];

    public TransitionError? Transition => Error?.Transition;

    /// <summary>The usage limit that refused the call (<see cref="ClaimOutcome.Limited"/> only).</summary>
    public Limits.UsageRefusal? Limit => Error?.Limit;
}

/// <summary>Why a claim service call did not do what was asked: the error side of <see cref="ClaimResult{T}"/>.</summary>
public sealed record ClaimError(ClaimOutcome Outcome, ClaimErrorCode? Code, IReadOnlyList<FieldError> Errors, TransitionError? Transition)
{
    /// <summary>The usage limit that refused the call (<see cref="ClaimOutcome.Limited"/> only).</summary>
    public Limits.UsageRefusal? Limit { get; init; }
}

/// <summary>Factories for <see cref="ClaimResult{T}"/>.</summary>
public static class ClaimResult
{
    public static ClaimResult<T> Ok<T>(T value) => new(value);

    public static ClaimResult<T> Invalid<T>(IReadOnlyList<FieldError> errors) => new(new ClaimError(ClaimOutcome.Invalid, null, errors, null));

    public static ClaimResult<T> NotFound<T>() => new(new ClaimError(ClaimOutcome.NotFound, ClaimErrorCode.NotFound, [], null));

    /// <summary>Not found, with a code that says what was not found (<see cref="ClaimErrorCode.FundNotFound"/>).</summary>
    public static ClaimResult<T> NotFound<T>(ClaimErrorCode code) => new(new ClaimError(ClaimOutcome.NotFound, code, [], null));

    public static ClaimResult<T> Forbidden<T>() => new(new ClaimError(ClaimOutcome.Forbidden, ClaimErrorCode.Forbidden, [], null));

    public static ClaimResult<T> Conflict<T>() => new(new ClaimError(ClaimOutcome.Conflict, ClaimErrorCode.Conflict, [], null));

    public static ClaimResult<T> Refused<T>(ClaimErrorCode code) => new(new ClaimError(ClaimOutcome.Refused, code, [], null));

    public static ClaimResult<T> Limited<T>(Limits.UsageRefusal limit) =>
        new(new ClaimError(ClaimOutcome.Limited, ClaimErrorCode.ClaimLimitReached, [], null) { Limit = limit });

    public static ClaimResult<T> Refused<T>(TransitionError transition)
    {
        ArgumentNullException.ThrowIfNull(transition);
        return new(new ClaimError(ClaimOutcome.Refused, transition.Code, [], transition));
    }
}
