using System.Diagnostics.CodeAnalysis;

namespace CoopAssistant.Claims.Results;

/// <summary>
/// The one result shape of the app's services: a <typeparamref name="TValue"/> when the call did what was asked
/// (<see cref="IsOk"/>), otherwise a <typeparamref name="TError"/> saying why not, never both. The error side is the service's
/// own type: an error code enum when a code says it all, a record when the caller needs more (the file's name, the limit that
/// refused it), a closed record family when the caller answers each kind differently. A call with nothing to hand back on
/// success returns <see cref="Done"/>. Services name a specialisation for their call sites (<c>ClaimResult&lt;T&gt;</c>) by
/// deriving from it; they never declare a second shape (the architecture tests hold them to it). See <c>docs/architecture.md</c>.
/// </summary>
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Ok and Fail name the two ways to make the one shape; a non-generic factory would need both type arguments spelled out at every call.")]
public record Result<TValue, TError>
    where TError : notnull
{
    protected Result(TValue? value, TError? error, bool isOk)
    {
        if (!isOk)
        {
            ArgumentNullException.ThrowIfNull(error);
        }

        Value = isOk ? value : default;
        Error = isOk ? default : error;
        IsOk = isOk;
    }

    /// <summary>The value (default unless <see cref="IsOk"/>).</summary>
    public TValue? Value { get; }

    /// <summary>Why the call did not do what was asked. Read it only when <see cref="IsOk"/> is false: when it is true this is null, or
    /// the default for an error that is a value type (an error code enum), so ask <see cref="IsOk"/>, never <c>Error is null</c>.</summary>
    public TError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsOk { get; }

    public static Result<TValue, TError> Ok(TValue value) => new(value, default, isOk: true);

    public static Result<TValue, TError> Fail(TError error) => new(default, error, isOk: false);

    /// <summary>The value when <see cref="IsOk"/>; otherwise false with the error.</summary>
    public bool TryGetValue([MaybeNullWhen(false)] out TValue value, [MaybeNullWhen(true)] out TError error)
    {
        value = Value;
        error = Error;
        return IsOk;
    }

    /// <summary>One of two answers, by the side the result is on.</summary>
    public TOut Match<TOut>(Func<TValue, TOut> ok, Func<TError, TOut> failed)
    {
        ArgumentNullException.ThrowIfNull(ok);
        ArgumentNullException.ThrowIfNull(failed);
        return IsOk ? ok(Value!) : failed(Error);
    }

    public static implicit operator Result<TValue, TError>(TValue value) => Ok(value);

    public static implicit operator Result<TValue, TError>(TError error) => Fail(error);
}

/// <summary>The value of a <see cref="Result{TValue, TError}"/> whose success has nothing to hand back.</summary>
public sealed record Done
{
    public static Done Value { get; } = new();

    private Done()
    {
    }
}
