using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Features.Accounts;

/// <summary><c>/account</c>: the member's hub: a card per feature and a link to every page they own (also the no-JavaScript account menu).</summary>
[Authorize]
public sealed class IndexModel(IEnumerable<IAccountOverviewCard> cards, IEnumerable<AccountLink> links) : PageModel
{
    public List<AccountCard> Cards { get; private set; } = [];

    public List<AccountLink> Links { get; } = [.. links.InMenuOrder()];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        foreach (var card in cards.OrderBy(c => c.Order))
        {
            if (await card.GetAsync(User, cancellationToken) is { } shown)
            {
                Cards.Add(shown);
            }
        }
    }
}
