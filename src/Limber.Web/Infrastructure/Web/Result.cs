using System.Diagnostics.CodeAnalysis;

namespace Limber.Infrastructure.Web;

/// <summary>How a use case ended (house rule 14): the one shape every use case returns.</summary>
public enum ResultKind
{
    Succeeded,

    /// <summary>What was typed needs fixing: <see cref="Result{T}.Errors"/> says what, field by field.</summary>
    Invalid,

    /// <summary>Not there, or not this reader's to see (a foreign row is not there: 404, never 403).</summary>
    NotFound,

    /// <summary>There and visible, but this action is not allowed; <see cref="Result{T}.Reason"/> says why.</summary>
    Forbidden,
}

/// <summary>
/// A use case's outcome: the value, or the field errors an editor or member can fix, or not found, or
/// forbidden. Pages map it with <see cref="ResultPages"/>, the API with <see cref="ResultProblems"/>, so
/// each kind of failure looks the same everywhere.
/// </summary>
public sealed class Result<T>
{
    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    private Result(ResultKind kind, T? value, IReadOnlyDictionary<string, string>? errors, string? reason)
    {
        Kind = kind;
        Value = value;
        Errors = errors ?? NoErrors;
        Reason = reason;
    }

    public ResultKind Kind { get; }

    /// <summary>Set when the use case succeeded.</summary>
    public T? Value { get; }

    /// <summary>Message per field, keyed by the use case's input property name (<c>nameof(Input.Title)</c>).</summary>
    public IReadOnlyDictionary<string, string> Errors { get; }

    /// <summary>Why it was refused or not found, in words for the reader; null for the plain default.</summary>
    public string? Reason { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Kind == ResultKind.Succeeded;

    internal static Result<T> Ok(T value) => new(ResultKind.Succeeded, value, null, null);

    /// <summary>The failure of this result, to pass on from a use case that returns another value type.</summary>
    public Failure ToFailure() =>
        Succeeded ? throw new InvalidOperationException("A result that succeeded is no failure.") : new(Kind, Errors, Reason);

    public static implicit operator Result<T>(Failure failure) => new(failure.Kind, default, failure.Errors, failure.Reason);
}

/// <summary>A failure of no particular value type: converts to any <see cref="Result{T}"/>, so a use case writes <c>return Result.NotFound();</c>.</summary>
public readonly record struct Failure(ResultKind Kind, IReadOnlyDictionary<string, string>? Errors, string? Reason);

/// <summary>The value of a use case that only does something.</summary>
public readonly record struct Done;

public static class Result
{
    public static Result<T> Ok<T>(T value) => Result<T>.Ok(value);

    public static Result<Done> Ok() => Result<Done>.Ok(default);

    public static Failure Invalid(string field, string message) => new(ResultKind.Invalid, new Dictionary<string, string> { [field] = message }, null);

    /// <summary>Several fields at once; an empty dictionary is a programming error, not a success.</summary>
    public static Failure Invalid(IReadOnlyDictionary<string, string> errors) =>
        errors.Count > 0 ? new(ResultKind.Invalid, errors, null) : throw new ArgumentException("No errors given.", nameof(errors));

    public static Failure NotFound(string? reason = null) => new(ResultKind.NotFound, null, reason);

    public static Failure Forbidden(string? reason = null) => new(ResultKind.Forbidden, null, reason);
}
