using System.Net;
using Limber.Features.Workouts.Admin;
using Limber.Infrastructure.Media;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Workouts;

/// <summary>The workout editor's poster: alt text shown wherever the poster is, and a chosen poster kept when a save is refused.</summary>
public sealed class WorkoutPostersTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Editor = "/admin/workouts/edit";

    private static Dictionary<string, (string, byte[], string)> Poster() =>
        new() { ["Input.Poster"] = ("poster.png", TestImages.Png(800, 450), "image/png") };

    private async Task<(HttpClient Client, IHtmlFormElement Form)> OpenEditorAsync()
    {
        var client = app.CreateClient(await app.GivenEditorAsync());
        return (client, (await client.GetDocumentAsync(Editor)).Form());
    }

    private int UploadedFiles() =>
        Directory.Exists(Path.Combine(app.DataPath, "uploads")) ? Directory.EnumerateFiles(Path.Combine(app.DataPath, "uploads"), "*", SearchOption.AllDirectories).Count() : 0;

    private static string Unique(string text) => $"{text} {Guid.NewGuid().ToString("N")[..8]}";

    [Fact]
    public async Task Save_PosterWithAltText_ShowsItOnTheCardAndThePage()
    {
        var (client, form) = await OpenEditorAsync();
        var title = Unique("Postered");

        var response = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Published"] = "true",
            ["Input.Visibility"] = "Premium",
            ["Input.Intervals[0].Exercise"] = "Plank",
            ["Input.PosterAlt"] = "Two people holding a plank",
        }, form.Button("Save workout"), Poster());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var workout = await app.WithDbAsync(db => db.Workouts.SingleAsync(w => w.Title == title));
        Assert.Equal("Two people holding a plank", workout.PosterAlt);
        var anonymous = app.CreateClient(signedInAs: null);
        var card = (await anonymous.GetDocumentAsync("/workouts?q=" + Uri.EscapeDataString(title))).QuerySelector("[data-test=workout-card] img")!;
        Assert.Equal("Two people holding a plank", card.GetAttribute("alt"));
        // A visitor cannot play a premium workout: the page shows the poster instead of the player.
        Assert.Equal("Two people holding a plank", (await anonymous.GetDocumentAsync($"/workouts/{workout.Slug}")).QuerySelector("img.article-image")!.GetAttribute("alt"));
    }

    [Fact]
    public async Task Save_RefusedForAnotherField_KeepsTheChosenPoster_AndShowsEachErrorOnce()
    {
        var (client, form) = await OpenEditorAsync();
        var title = Unique("Retry");

        var refused = await Html.ParseAsync(await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Published"] = "true",
        }, form.Button("Save workout"), Poster()));

        const string message = "Add at least one interval before publishing.";
        Assert.Equal(message, refused.FieldError("Input.Intervals"));
        Assert.Single(refused.Body!.TextContent.Split(message)[1..]);
        Assert.Equal(EditModel.NotSaved, refused.Text(".form-errors"));
        var key = ((IHtmlInputElement)refused.Form()["Input.PendingPoster"]!).Value;
        Assert.Equal("/uploads/" + key, refused.QuerySelector("[data-test=pending-poster]")!.GetAttribute("src"));

        var retry = refused.Form();
        var saved = await client.SubmitAsync(retry, new Dictionary<string, string> { ["Input.Intervals[0].Exercise"] = "Squat" }, retry.Button("Save workout"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(PendingImages.SavedPath(key), await app.WithDbAsync(db => db.Workouts.Where(w => w.Title == title).Select(w => w.PosterPath).SingleAsync()));
    }

    [Theory]
    [InlineData("../keys/key.xml")]
    [InlineData("images/0193aaaabbbbccccddddeeeeffff0000.jpg")]
    [InlineData("pending/0193aaaabbbbccccddddeeeeffff0000.jpg")]
    public async Task Save_WithAPendingKeyTheStoreDidNotMake_IsRefused(string key)
    {
        var (client, form) = await OpenEditorAsync();
        var title = Unique("Forged");

        var page = await Html.ParseAsync(await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.PendingPoster"] = key,
        }, form.Button("Save workout")));

        Assert.Equal(PendingImages.Messages.Gone, page.FieldError("Input.Poster"));
        Assert.False(await app.WithDbAsync(db => db.Workouts.AnyAsync(w => w.Title == title)));
    }

    [Fact]
    public async Task Save_AltTextOver300Characters_SaysSoUnderTheField()
    {
        var (client, form) = await OpenEditorAsync();

        var page = await Html.ParseAsync(await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = Unique("Long alt"),
            ["Input.PosterAlt"] = new string('a', AltText.MaxLength + 1),
        }, form.Button("Save workout")));

        Assert.Equal(AltText.Messages.TooLong, page.FieldError("Input.PosterAlt"));
    }

    [Theory]
    [InlineData("Save")]
    [InlineData("MoreRows")]
    public async Task EditorPost_AnonymousOrMember_StoresNothing(string handler)
    {
        var title = Unique("Intruder");
        var uploadsBefore = UploadedFiles();
        foreach (var user in new[] { null, await app.GivenMemberAsync() })
        {
            var content = new MultipartFormDataContent
            {
                { new StringContent(title), "Input.Title" },
                { new ByteArrayContent(TestImages.Png(16, 16)), "Input.Poster", "x.png" },
            };

            var response = await app.CreateClient(user).PostAsync($"{Editor}?handler={handler}", content);

            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.False(await app.WithDbAsync(db => db.Workouts.AnyAsync(w => w.Title == title)));
        Assert.Equal(uploadsBefore, UploadedFiles());
    }
}
