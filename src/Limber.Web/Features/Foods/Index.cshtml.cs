using Limber.Features.Accounts;
using Limber.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Features.Foods;

/// <summary><c>/foods?q=</c>: searches the food table (and the searcher's own foods), nutrients per 100 g and household portions, with USDA's credit.</summary>
public sealed class IndexModel(FoodSearch search) : PageModel
{
    public const string Credit = "U.S. Department of Agriculture, Agricultural Research Service. USDA National Nutrient Database for Standard Reference, Legacy Release 28.";

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public List<Food> Results { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Results = await search.SearchAsync(Q, User.UserId(), 20, cancellationToken);
        ViewData[nameof(PageMeta)] = new PageMeta("Foods", "Energy, protein, fat, carbohydrate and fibre per 100 g of thousands of foods.", "/foods");
    }
}
