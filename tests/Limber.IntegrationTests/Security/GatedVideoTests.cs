using System.Net;
using System.Net.Http.Headers;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Security;

/// <summary>
/// Issue 15, item 3: a gated workout's video file is served only to readers who may play the
/// workout, with private cache headers and range requests, and never by the static uploads folder.
/// </summary>
public sealed class GatedVideoTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData(Readers.Anonymous, false)]
    [InlineData(Readers.Free, false)]
    [InlineData(Readers.Premium, true)]
    [InlineData(Readers.Admin, true)]
    public async Task PremiumVideo_PlaysOnlyForReadersWithAccess_WithRangesAndPrivateCaching(string role, bool plays)
    {
        var video = TestVideos.Mp4(8192);
        var (slug, src) = await app.GivenWorkoutWithVideoAsync(Visibility.Premium, video);
        var client = app.CreateClient(await app.GivenReaderAsync(role));

        var page = await client.GetDocumentAsync($"/workouts/{slug}");
        var request = new HttpRequestMessage(HttpMethod.Get, src);
        request.Headers.Range = new RangeHeaderValue(100, 199);
        var response = await client.SendAsync(request);

        Assert.Equal(plays, page.QuerySelector("video") is not null);
        if (plays)
        {
            Assert.Equal(src, page.QuerySelector("video")!.GetAttribute("src"));
            Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
            Assert.Equal(video[100..200], await response.Content.ReadAsByteArrayAsync());
            Assert.True(response.Headers.CacheControl!.Private, response.Headers.CacheControl.ToString());
            Assert.False(response.Headers.CacheControl.Public);
        }
        else
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.NotEqual(video[100..200], await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Theory]
    [InlineData(Readers.Anonymous)]
    [InlineData(Readers.Premium)]
    [InlineData(Readers.Admin)]
    public async Task GatedVideoFile_IsNeverServedByTheStaticUploadsFolder(string role)
    {
        var (_, src) = await app.GivenWorkoutWithVideoAsync(Visibility.Premium, TestVideos.Mp4(2048));
        var client = app.CreateClient(await app.GivenReaderAsync(role));
        var file = src[(src.LastIndexOf('/') + 1)..];

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/uploads/videos/{file}")).StatusCode);
    }

    [Fact]
    public async Task VideoUploadedBeforeTheMove_StillPlaysForPremium_AndNotForOthers_NorStatically()
    {
        var workout = await app.GivenWorkoutAsync(Visibility.Premium);
        var video = TestVideos.Mp4(4096);
        var name = $"{Guid.NewGuid():N}.mp4";
        Directory.CreateDirectory(Path.Combine(app.DataPath, "uploads", "videos"));
        await File.WriteAllBytesAsync(Path.Combine(app.DataPath, "uploads", "videos", name), video);
        await app.WithDbAsync(db => db.Workouts.Where(w => w.Id == workout.Id).ExecuteUpdateAsync(s => s.SetProperty(w => w.VideoPath, $"videos/{name}")));
        var premium = app.CreateClient(await app.GivenReaderAsync(Readers.Premium));
        var anonymous = app.CreateClient(signedInAs: null);

        var src = (await premium.GetDocumentAsync($"/workouts/{workout.Slug}")).QuerySelector("video")!.GetAttribute("src")!;

        Assert.Equal(video, await premium.GetByteArrayAsync(src));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(src)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/uploads/videos/{name}")).StatusCode);
    }

    [Fact]
    public async Task PublicVideo_PlaysForAnyone_WithRanges()
    {
        var video = TestVideos.Mp4(4096);
        var (_, src) = await app.GivenWorkoutWithVideoAsync(Visibility.Public, video);
        var request = new HttpRequestMessage(HttpMethod.Get, src);
        request.Headers.Range = new RangeHeaderValue(10, 19);

        var response = await app.CreateClient(signedInAs: null).SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(video[10..20], await response.Content.ReadAsByteArrayAsync());
    }
}
