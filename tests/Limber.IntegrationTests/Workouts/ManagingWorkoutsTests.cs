using System.Net;
using System.Net.Http.Headers;
using Limber.Features.Accounts;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Workouts;

public sealed class ManagingWorkoutsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData(null, HttpStatusCode.Redirect)]
    [InlineData(Roles.Member, HttpStatusCode.Redirect)]
    [InlineData(Roles.Editor, HttpStatusCode.OK)]
    public async Task WorkoutAdmin_IsForStaff(string? role, HttpStatusCode expected)
    {
        var client = app.CreateClient(role is null ? null : await app.GivenUserAsync(role));

        Assert.Equal(expected, (await client.GetAsync("/admin/workouts")).StatusCode);
        Assert.Equal(expected, (await client.GetAsync("/admin/workouts/edit")).StatusCode);
    }

    [Fact]
    public async Task Create_WithIntervalsReorderedAndAVideo_PublishesAndServesTheVideoWithRanges()
    {
        var client = app.CreateClient(await app.GivenEditorAsync());
        var form = (await client.GetDocumentAsync("/admin/workouts/edit")).Form();
        var video = TestVideos.Mp4(4096);

        var response = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "Made in admin",
            ["Input.Published"] = "true",
            ["Input.FocusAreas"] = "Core, Back",
            ["Input.Intervals[0].Exercise"] = "Second",
            ["Input.Intervals[0].Order"] = "2",
            ["Input.Intervals[1].Exercise"] = "First",
            ["Input.Intervals[1].Order"] = "1",
            ["Input.Intervals[1].WorkSeconds"] = "20",
            ["Input.Intervals[1].RestSeconds"] = "0",
        }, form.Button("Save workout"), new Dictionary<string, (string, byte[], string)> { ["Input.Video"] = ("clip.bin", video, "application/octet-stream") });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var workout = await app.WithDbAsync(db => db.Workouts.Include(w => w.Intervals).SingleAsync(w => w.Slug == "made-in-admin"));
        Assert.Equal(["First", "Second"], workout.Intervals.OrderBy(i => i.Position).Select(i => i.Exercise));
        Assert.Equal(20 + 45, workout.DurationSeconds);
        Assert.Equal("core,back", workout.FocusAreas);
        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync("/workouts/made-in-admin");
        var src = page.QuerySelector("video")!.GetAttribute("src")!;
        var request = new HttpRequestMessage(HttpMethod.Get, src);
        request.Headers.Range = new RangeHeaderValue(100, 199);
        var partial = await app.CreateClient(signedInAs: null).SendAsync(request);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(video[100..200], await partial.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Save_TextPretendingToBeAVideo_OrBadInterval_SaysWhatToFixAndKeepsTheRows()
    {
        var client = app.CreateClient(await app.GivenEditorAsync());
        var form = (await client.GetDocumentAsync("/admin/workouts/edit")).Form();

        var notVideo = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = "Fake video", ["Input.Intervals[0].Exercise"] = "Kept row" },
            form.Button("Save workout"), new Dictionary<string, (string, byte[], string)> { ["Input.Video"] = ("movie.mp4", "just text, honestly"u8.ToArray(), "video/mp4") });
        var badInterval = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = "Bad interval", ["Input.Intervals[0].Exercise"] = "Zero", ["Input.Intervals[0].WorkSeconds"] = "0" },
            form.Button("Save workout"));

        var page = await Html.ParseAsync(notVideo);
        Assert.Equal("That file is not an MP4 or WebM video.", page.FieldError("Input.Video"));
        Assert.Equal("Kept row", page.QuerySelector<IHtmlInputElement>("#Input_Intervals_0__Exercise")!.Value);
        Assert.StartsWith("Each interval needs", (await Html.ParseAsync(badInterval)).FieldError("Input.Intervals"));
        Assert.False(await app.WithDbAsync(db => db.Workouts.AnyAsync(w => w.Title == "Fake video" || w.Title == "Bad interval")));
    }

    [Fact]
    public async Task MoreRows_KeepsWhatWasTyped()
    {
        var client = app.CreateClient(await app.GivenEditorAsync());
        var form = (await client.GetDocumentAsync("/admin/workouts/edit")).Form();

        var response = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = "Growing", ["Input.Intervals[2].Exercise"] = "Third row" }, form.Button("Add more rows"));

        var page = await Html.ParseAsync(response);
        Assert.Equal("Growing", page.QuerySelector<IHtmlInputElement>("#Input_Title")!.Value);
        Assert.Equal("Third row", page.QuerySelector<IHtmlInputElement>("#Input_Intervals_2__Exercise")!.Value);
        Assert.NotNull(page.QuerySelector("#Input_Intervals_5__Exercise"));
    }
}
