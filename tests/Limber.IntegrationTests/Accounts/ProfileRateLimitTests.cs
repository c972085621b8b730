using System.Net;
using Limber.Features.Accounts;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Accounts;

/// <summary>The per-address limit on profile saves (each may carry a picture to decode).</summary>
public sealed class ProfileRateLimitTests(ProfileRateLimitTests.Factory app) : IClassFixture<ProfileRateLimitTests.Factory>
{
    public sealed class Factory : AppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Limber:RateLimits:ProfileSavesPerMinute", "3")];
    }

    [Fact]
    public async Task Save_FromOneAddressOverTheLimit_Is429WithTheFriendlyPage()
    {
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            var client = app.CreateClient(await app.GivenMemberAsync());
            var form = (await client.GetDocumentAsync("/account/profile")).Form("form[enctype]");
            last = await client.SubmitAsync(form, files: new Dictionary<string, (string, byte[], string)>
            {
                ["Input.Picture"] = ("me.png", TestImages.Png(300, 300), "image/png"),
            });
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.Equal("Slow down a little", (await Html.ParseAsync(last)).Text("h1"));
    }
}

/// <summary>The per-member limit on new profile pictures: a clear field error, and what was typed is kept.</summary>
public sealed class PictureUploadLimitTests(PictureUploadLimitTests.Factory app) : IClassFixture<PictureUploadLimitTests.Factory>
{
    public sealed class Factory : AppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Limber:RateLimits:PictureUploadsPerMemberPerHour", "2")];
    }

    [Fact]
    public async Task Picture_OverTheMembersHourlyLimit_IsAFieldError_AndTheFormKeepsWhatWasTyped()
    {
        var client = app.CreateClient(await app.GivenMemberAsync());
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            var form = (await client.GetDocumentAsync("/account/profile")).Form("form[enctype]");
            last = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Location"] = $"Jura {i}" },
                files: new Dictionary<string, (string, byte[], string)> { ["Input.Picture"] = ("me.png", TestImages.Png(300, 300), "image/png") });
        }

        Assert.Equal(HttpStatusCode.OK, last!.StatusCode);
        var page = await Html.ParseAsync(last);
        Assert.Equal(UpdateProfile.Messages.TooManyPictures, page.FieldError("Input.Picture"));
        Assert.Equal("Jura 2", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Location")!.Value);
        var other = app.CreateClient(await app.GivenMemberAsync());
        var otherForm = (await other.GetDocumentAsync("/account/profile")).Form("form[enctype]");
        Assert.Equal(HttpStatusCode.Redirect, (await other.SubmitAsync(otherForm,
            files: new Dictionary<string, (string, byte[], string)> { ["Input.Picture"] = ("me.png", TestImages.Png(300, 300), "image/png") })).StatusCode);
    }
}
