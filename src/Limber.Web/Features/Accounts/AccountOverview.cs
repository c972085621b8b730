using System.Security.Claims;

namespace Limber.Features.Accounts;

/// <summary>
/// A card on the account overview (<c>/account</c>): a feature's summary of what the member has
/// there (membership, this week's minutes, favorites, latest notifications), with a link to the page.
/// Features register theirs as <c>IAccountOverviewCard</c>; the overview reads none of their tables.
/// </summary>
public interface IAccountOverviewCard
{
    /// <summary>Place on the page, like <see cref="AccountLink.Order"/>.</summary>
    int Order { get; }

    /// <summary>The card for this member, or null when the feature has nothing to show.</summary>
    Task<AccountCard?> GetAsync(ClaimsPrincipal member, CancellationToken cancellationToken);
}

/// <param name="Figure">The headline figure ("45 minutes"), or null.</param>
/// <param name="Lines">Further lines, each optionally a link.</param>
public sealed record AccountCard(string Title, string? Figure, IReadOnlyList<AccountCardLine> Lines, string LinkText, string LinkPath);

public sealed record AccountCardLine(string Text, string? Path = null);
