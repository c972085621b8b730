namespace Limber.Features.Accounts;

/// <summary>
/// A page the member owns, listed in the header's account menu and on <c>/account</c>. Each feature
/// registers its own with <see cref="AccountLinks.AddAccountLink"/>, so the hub never lists a page
/// that is not there and a new feature's page is reachable by adding one line.
/// </summary>
/// <param name="Order">Place in the menu: design.md's order, in steps of ten.</param>
public sealed record AccountLink(string Text, string Path, int Order);

public static class AccountLinks
{
    public static IServiceCollection AddAccountLink(this IServiceCollection services, string text, string path, int order) =>
        services.AddSingleton(new AccountLink(text, path, order));

    /// <summary>The registered links in menu order.</summary>
    public static IEnumerable<AccountLink> InMenuOrder(this IEnumerable<AccountLink> links) => links.OrderBy(l => l.Order).ThenBy(l => l.Text, StringComparer.Ordinal);
}
