using System.Text.RegularExpressions;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Workouts;

/// <summary>The demo workouts of a fresh install: in the library's order, each as long as its title or summary says.</summary>
public sealed partial class DemoWorkoutsTests(DemoWorkoutsTests.Factory app) : IClassFixture<DemoWorkoutsTests.Factory>
{
    public sealed class Factory : AppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Limber:DemoContent", "true")];
    }

    [Fact]
    public async Task DemoLibrary_ReadsInTitleOrder_TheSeriesInItsOrder()
    {
        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync("/workouts");
        var titles = page.QuerySelectorAll("[data-test=workout-card] .card-title").Select(t => t.TextContent.Trim());

        Assert.Equal(
        [
            "20-minute full body, no equipment", "Core and back strength 20", "Inversion table warm-up",
            "Postural reset 1: wall angels and chin tucks", "Postural reset 2: cat-cow and thoracic openers",
            "Postural reset 3: hip hinge and glute bridges", "Postural reset 4: gentle decompression", "Quick mobility 10",
        ], titles);
    }

    [Fact]
    public async Task DemoLibrary_MinutesInATitleOrSummary_AreTheMinutesShown()
    {
        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync("/workouts");
        var words = new Dictionary<string, int> { ["five"] = 5, ["eight"] = 8, ["ten"] = 10, ["twenty"] = 20 };

        var checkedCards = 0;
        foreach (var card in page.QuerySelectorAll("[data-test=workout-card]"))
        {
            // "Quick mobility 10", "20-minute full body"; else the summary: "Eight minutes to undo ...".
            var said = InTitle().Match(card.QuerySelector(".card-title")!.TextContent.Trim()) is { Success: true } inTitle
                ? inTitle
                : InSummary().Match(card.QuerySelector(".card-excerpt")!.TextContent);
            if (!said.Success)
            {
                continue;
            }
            var minutes = int.TryParse(said.Groups[1].Value, out var n) ? n : words[said.Groups[1].Value.ToLowerInvariant()];
            Assert.Equal($"{minutes} min", card.QuerySelector(".card-meta .tag")!.TextContent.Trim());
            checkedCards++;
        }
        Assert.True(checkedCards >= 5, $"Only {checkedCards} demo workouts say how long they are.");
    }

    [GeneratedRegex(@"(?:^|\s)(\d+)(?:-minute\b|$)")]
    private static partial Regex InTitle();

    [GeneratedRegex(@"\b(five|eight|ten|twenty|\d+) minutes\b", RegexOptions.IgnoreCase)]
    private static partial Regex InSummary();
}
