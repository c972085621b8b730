using System.Net;
using Limber.Infrastructure.Media;
using Limber.IntegrationTests.Infrastructure;
using SkiaSharp;

namespace Limber.IntegrationTests.Accounts;

/// <summary>
/// Images with many pixels and few bytes (6300 × 6300, about 160 KB: under the pixel cap, as an
/// attacker's would be), uploaded through the real forms. Decoded whole, each one cost about 320 MB
/// (the pixels and their upright copy); the server must stay small whatever arrives at once.
/// </summary>
[Collection(nameof(MeasuringMemory))]
public sealed class UploadingLargeImagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const int Side = 6300;
    // One whole 6300 × 6300 decode is 159 MB (a PNG cannot be decoded smaller); queued, four cost what one does.
    private const long Budget = 220L * 1024 * 1024;
    private static readonly Lazy<byte[]> Large = new(() => Striped(Side));

    /// <summary>Teal with white bands across the top eighth of every eighth: PNG packs it tight, and the colours show a scaled decode went right.</summary>
    private static byte[] Striped(int side)
    {
        using var bitmap = new SKBitmap(side, side);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0x0f, 0x76, 0x6e));
            using var white = new SKPaint { Color = SKColors.White };
            for (var y = 0; y < side; y += side / 8)
            {
                canvas.DrawRect(0, y, side, side / 64f, white);
            }
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    [Fact]
    public async Task Picture_FourLargeAtOnce_AreAllSaved_AndMemoryStaysSmall()
    {
        Assert.SkipUnless(PeakMemory.CanMeasure, "needs Linux's /proc to read the peak memory");
        var png = Large.Value;
        var members = new List<(HttpClient Client, AngleSharp.Html.Dom.IHtmlFormElement Form)>();
        for (var i = 0; i < 4; i++)
        {
            var client = app.CreateClient(await app.GivenMemberAsync());
            members.Add((client, (await client.GetDocumentAsync("/account/profile")).Form("form[enctype]")));
        }

        var before = PeakMemory.Reset();
        var responses = await Task.WhenAll(members.Select(m => m.Client.SubmitAsync(m.Form,
            files: new Dictionary<string, (string, byte[], string)> { ["Input.Picture"] = ("large.png", png, "image/png") })));
        var growth = PeakMemory.Peak() - before;

        foreach (var r in responses)
        {
            Assert.True(r.StatusCode == HttpStatusCode.Redirect, (await Html.ParseAsync(r)).QuerySelector(".field-error:not(:empty), .form-errors")?.TextContent);
        }
        Assert.True(growth < Budget, $"peak memory grew by {growth / 1024 / 1024} MB for 4 uploads");
        var (client0, _) = members[0];
        var src = (await client0.GetDocumentAsync("/account/profile")).QuerySelector(".avatar-row img")!.GetAttribute("src")!;
        using var avatar = SKBitmap.Decode(await client0.GetByteArrayAsync(src.Replace("-64.jpg", "-256.jpg")));
        Assert.Equal(256, avatar.Width);
        Assert.Equal(256, avatar.Height);
        AssertNear(new SKColor(0x0f, 0x76, 0x6e), avatar.GetPixel(128, 60));
    }

    [Fact]
    public async Task FeaturedImage_Large_IsStoredAt1600_AndMemoryStaysSmall()
    {
        Assert.SkipUnless(PeakMemory.CanMeasure, "needs Linux's /proc to read the peak memory");
        var png = Large.Value;
        var client = app.CreateClient(await app.GivenEditorAsync());
        var form = (await client.GetDocumentAsync("/admin/articles/edit")).Form("form.editor");

        var before = PeakMemory.Reset();
        var response = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = "A very large photo" }, form.Button("Save draft"),
            new Dictionary<string, (string, byte[], string)> { ["Input.Image"] = ("large.png", png, "image/png") });
        var growth = PeakMemory.Peak() - before;

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(growth < Budget, $"peak memory grew by {growth / 1024 / 1024} MB for one featured image");
        var src = (await client.GetDocumentAsync(response.Location()!)).QuerySelector("img.current-image")!.GetAttribute("src")!;
        using var stored = SKBitmap.Decode(await client.GetByteArrayAsync(src));
        Assert.Equal(ImageStore.MaxWidth, stored.Width);
        Assert.Equal(ImageStore.MaxWidth, stored.Height);
        AssertNear(SKColors.White, stored.GetPixel(800, 5));
        AssertNear(new SKColor(0x0f, 0x76, 0x6e), stored.GetPixel(800, 100));
    }

    private static void AssertNear(SKColor expected, SKColor actual) =>
        Assert.True(Math.Abs(expected.Red - actual.Red) + Math.Abs(expected.Green - actual.Green) + Math.Abs(expected.Blue - actual.Blue) <= 24,
            $"expected about {expected}, got {actual}");
}
