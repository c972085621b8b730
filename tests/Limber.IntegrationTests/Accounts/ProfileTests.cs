using System.Net;
using Limber.Features.Accounts;
using Limber.Infrastructure.Media;
using Limber.IntegrationTests.Infrastructure;
using SkiaSharp;

namespace Limber.IntegrationTests.Accounts;

public sealed class ProfileTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(HttpClient Client, IHtmlFormElement Form)> OpenProfileAsync(AppUser member)
    {
        var client = app.CreateClient(member);
        return (client, (await client.GetDocumentAsync("/account/profile")).Form("form[enctype]"));
    }

    private static Dictionary<string, (string, byte[], string)> Picture(string name, byte[] bytes, string type = "image/png") =>
        new() { ["Input.Picture"] = (name, bytes, type) };

    [Fact]
    public async Task Save_NameLocationPrivacyTimeZone_AreKeptAndShown()
    {
        var member = await app.GivenMemberAsync(name: "Nina Public");
        var (client, form) = await OpenProfileAsync(member);

        var response = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Nina Jura",
            ["Input.Location"] = "Jura, France",
            ["Input.ShowNamePublicly"] = "false",
            ["Input.TimeZone"] = "Europe/Paris",
            ["Input.EmailOnReply"] = "false",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetDocumentAsync("/account/profile");
        Assert.Equal("Profile saved.", page.Text("[role=status]"));
        Assert.Equal("Private", page.Text("[data-test=public-name]"));
        Assert.Contains("| Jura, France", page.Text(".profile-preview"));
        Assert.Equal("private avatar image", page.QuerySelector(".profile-preview img")!.GetAttribute("alt"));
        Assert.Equal("Europe/Paris", page.QuerySelector<IHtmlSelectElement>("#Input_TimeZone")!.Value);
        Assert.False(page.QuerySelector<IHtmlInputElement>("#Input_EmailOnReply")!.IsChecked);
        Assert.Equal("Nina Jura", page.Text(".who"));
    }

    [Fact]
    public async Task Save_BadValues_SayWhatToFixAndKeepWhatWasTyped()
    {
        var member = await app.GivenMemberAsync();
        var (client, form) = await OpenProfileAsync(member);
        var longLocation = new string('x', AppUser.LocationMaxLength + 1);

        var response = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "",
            ["Input.Location"] = longLocation,
            ["Input.TimeZone"] = "Mars/Olympus_Mons",
        });

        var page = await Html.ParseAsync(response);
        Assert.Equal(RegisterMember.Messages.DisplayNameRequired, page.FieldError("Input.DisplayName"));
        Assert.Equal(UpdateProfile.Messages.LocationTooLong, page.FieldError("Input.Location"));
        Assert.Equal(UpdateProfile.Messages.UnknownTimeZone, page.FieldError("Input.TimeZone"));
        Assert.Equal(longLocation, page.QuerySelector<IHtmlInputElement>("#Input_Location")!.Value);
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Png, "image/png")]
    [InlineData(SKEncodedImageFormat.Jpeg, "image/jpeg")]
    [InlineData(SKEncodedImageFormat.Webp, "image/webp")]
    public async Task Picture_ValidImage_BecomesSquare256And64WithoutMetadata(SKEncodedImageFormat format, string type)
    {
        var member = await app.GivenMemberAsync();
        var (client, form) = await OpenProfileAsync(member);

        var response = await client.SubmitAsync(form, files: Picture("me.img", TestImages.Encode(900, 600, format), type));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetDocumentAsync("/account/profile");
        var src = page.QuerySelector(".avatar-row img")!.GetAttribute("src")!;
        Assert.Matches(@"^/uploads/avatars/[0-9a-f]{32}-[0-9a-f]{12}-64\.jpg$", src);
        foreach (var (url, size) in new[] { (src, 64), (src.Replace("-64.jpg", "-256.jpg"), 256) })
        {
            var image = await client.GetAsync(url);
            Assert.Contains("immutable", image.Headers.CacheControl!.ToString());
            var bytes = await image.Content.ReadAsByteArrayAsync();
            using var codec = SKCodec.Create(SKData.CreateCopy(bytes));
            Assert.Equal(SKEncodedImageFormat.Jpeg, codec.EncodedFormat);
            Assert.Equal(size, codec.Info.Width);
            Assert.Equal(size, codec.Info.Height);
            Assert.Equal(-1, bytes.AsSpan().IndexOf("Exif"u8));
        }
    }

    [Fact]
    public async Task Picture_NewOne_GetsANewAddress_AndRemoveGoesBackToInitials()
    {
        var member = await app.GivenMemberAsync(name: "Ann Bell");
        var (client, form) = await OpenProfileAsync(member);
        await client.SubmitAsync(form, files: Picture("a.png", TestImages.Png(300, 300)));
        var first = (await client.GetDocumentAsync("/account/profile")).QuerySelector(".avatar-row img")!.GetAttribute("src");
        form = (await client.GetDocumentAsync("/account/profile")).Form("form[enctype]");
        await client.SubmitAsync(form, files: Picture("b.png", TestImages.Png(300, 300)));
        var page = await client.GetDocumentAsync("/account/profile");
        var second = page.QuerySelector(".avatar-row img")!.GetAttribute("src");

        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(first)).StatusCode);

        await client.SubmitAsync(page.Form("form[enctype]"), new Dictionary<string, string> { ["Input.RemovePicture"] = "true" });
        var after = (await client.GetDocumentAsync("/account/profile")).QuerySelector(".avatar-row img")!.GetAttribute("src")!;
        Assert.StartsWith("data:image/svg+xml,", after);
        Assert.Contains("AB", Uri.UnescapeDataString(after));
    }

    [Fact]
    public async Task Picture_TextFileNamedPng_IsRejected()
    {
        var (client, form) = await OpenProfileAsync(await app.GivenMemberAsync());

        var response = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Location"] = "Kept, Here" },
            files: Picture("me.png", "hello, I am text"u8.ToArray()));

        var page = await Html.ParseAsync(response);
        Assert.Equal(ImageStore.Messages.NotAnImage, page.FieldError("Input.Picture"));
        Assert.Equal("Kept, Here", page.QuerySelector<IHtmlInputElement>("#Input_Location")!.Value);
    }

    [Fact]
    public async Task Picture_DecompressionBomb_IsRejected()
    {
        var (client, form) = await OpenProfileAsync(await app.GivenMemberAsync());

        var response = await client.SubmitAsync(form, files: Picture("bomb.png", TestImages.PngClaiming(20_000, 20_000)));

        Assert.Equal(ImageStore.Messages.TooManyPixels, (await Html.ParseAsync(response)).FieldError("Input.Picture"));
    }

    [Fact]
    public async Task Picture_Over5MB_IsRejected()
    {
        var (client, form) = await OpenProfileAsync(await app.GivenMemberAsync());
        var big = new byte[AvatarStore.MaxBytes + 1];
        TestImages.Png(4, 4).CopyTo(big, 0);

        var response = await client.SubmitAsync(form, files: Picture("big.png", big));

        Assert.Equal(AvatarStore.Messages.TooLarge, (await Html.ParseAsync(response)).FieldError("Input.Picture"));
    }

    [Fact]
    public async Task Picture_JpegWithExifAndGps_IsStoredWithoutThem()
    {
        var member = await app.GivenMemberAsync();
        var (client, form) = await OpenProfileAsync(member);
        var photo = TestImages.JpegWithExif(640, 480, "GPS 46.6N 5.9E");
        Assert.NotEqual(-1, photo.AsSpan().IndexOf("GPS 46.6N"u8));

        await client.SubmitAsync(form, files: Picture("holiday.jpg", photo, "image/jpeg"));

        var src = (await client.GetDocumentAsync("/account/profile")).QuerySelector(".avatar-row img")!.GetAttribute("src")!;
        var stored = await client.GetByteArrayAsync(src.Replace("-64.jpg", "-256.jpg"));
        Assert.Equal(-1, stored.AsSpan().IndexOf("GPS 46.6N"u8));
        Assert.Equal(-1, stored.AsSpan().IndexOf("Exif"u8));
    }
}
