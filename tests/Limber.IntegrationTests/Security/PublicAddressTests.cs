using System.Net;
using Limber.Infrastructure.Web;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Limber.IntegrationTests.Security;

/// <summary>
/// Links in email, canonical links, the feed and the sitemap never come from the request's Host
/// header (password-reset poisoning): without a configured public address they name the address the
/// app listens on.
/// </summary>
public sealed class PublicAddressTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Evil = "evil.example";

    /// <summary>The address the app listens on (the configured Urls: the test server reports them as Kestrel would).</summary>
    private string Own => app.Services.GetRequiredService<SiteUrls>().Base;

    private HttpClient ClientWithHost(Features.Accounts.AppUser? signedInAs)
    {
        var client = app.CreateClient(signedInAs);
        client.DefaultRequestHeaders.Host = Evil;
        return client;
    }

    [Fact]
    public async Task ForgotPassword_SentWithAForeignHost_MailsALinkOnTheSitesOwnAddress()
    {
        var member = await app.GivenMemberAsync("a long passphrase");
        var client = ClientWithHost(null);

        var page = await client.GetDocumentAsync("/account/forgot-password");
        await client.SubmitAsync(page.Form(), new Dictionary<string, string> { ["Email"] = member.Email! });
        await app.SendOutboxAsync();

        var message = app.SingleMessageTo(member.Email!, "Reset your password");
        Assert.DoesNotContain(Evil, message.TextBody);
        Assert.DoesNotContain(Evil, message.HtmlBody);
        Assert.DoesNotContain(Evil, Own);
        Assert.StartsWith($"{Own}/account/reset-password?", Link(message.TextBody));
    }

    [Fact]
    public async Task ReplyEmail_SentWithAForeignHost_LinksAndUnsubscribesOnTheSitesOwnAddress()
    {
        var article = await app.GivenArticleAsync();
        var alice = await app.GivenMemberAsync();
        var parent = await app.GivenCommentAsync(article, alice);
        var bob = ClientWithHost(await app.GivenMemberAsync());

        var page = await bob.GetDocumentAsync($"/articles/{article.Slug}?replyTo={parent.Id}");
        await bob.SubmitAsync(page.Form($"#reply-{parent.Id}"), new Dictionary<string, string> { ["Body"] = "A reply" });
        await app.SendOutboxAsync();

        var message = Assert.Single(app.MessagesTo(alice.Email!));
        Assert.DoesNotContain(Evil, message.TextBody + message.HtmlBody + message.Headers["List-Unsubscribe"]);
        Assert.StartsWith($"<{Own}/unsubscribe?token=", message.Headers["List-Unsubscribe"]);
    }

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/articles/{slug}")]
    public async Task PublicDocuments_RequestedWithAForeignHost_NameTheSitesOwnAddress(string path)
    {
        var article = await app.GivenArticleAsync();

        var response = await ClientWithHost(null).GetAsync(path.Replace("{slug}", article.Slug));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Evil, body);
        Assert.Contains($"{Own}/", body);
    }

    [Fact]
    public async Task ForwardedHeaders_FromAClientThatIsNoKnownProxy_AreIgnored()
    {
        var context = await app.Server.SendAsync(c =>
        {
            c.Request.Path = "/account/login";
            c.Request.Headers["X-Forwarded-Proto"] = "https";
            c.Request.Headers["X-Forwarded-For"] = "203.0.113.9";
            c.Connection.RemoteIpAddress = IPAddress.Parse("198.51.100.7");
        });

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.DoesNotContain(context.Response.Headers.SetCookie, c => c!.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    internal static string Link(string? text) => System.Text.RegularExpressions.Regex.Match(text ?? "", @"https?://\S+").Value;
}

/// <summary>With <c>Limber:BaseUrl</c> set, only its host is served, and links name it.</summary>
public sealed class ConfiguredPublicAddressTests(ConfiguredPublicAddressTests.Factory app) : IClassFixture<ConfiguredPublicAddressTests.Factory>
{
    public sealed class Factory : AppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [
            new("Limber:BaseUrl", "https://fit.example.com"),
            new("Limber:Proxy:KnownProxies:0", "10.0.0.5"),
        ];
    }

    private HttpClient ClientFor(string host)
    {
        var client = app.CreateClient(signedInAs: null);
        client.DefaultRequestHeaders.Host = host;
        return client;
    }

    [Fact]
    public async Task ARequestForAnotherHost_IsRefused()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await ClientFor("evil.example").GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ClientFor("fit.example.com").GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task TheFeed_NamesTheConfiguredAddress()
    {
        var article = await app.GivenArticleAsync();

        var feed = await ClientFor("fit.example.com").GetStringAsync("/feed.xml");

        Assert.Contains($"https://fit.example.com/articles/{article.Slug}", feed);
    }

    [Fact]
    public async Task ForwardedHeaders_FromAConfiguredProxy_AreBelieved()
    {
        var context = await app.Server.SendAsync(c =>
        {
            c.Request.Host = new HostString("fit.example.com");
            c.Request.Path = "/account/login";
            c.Request.Headers["X-Forwarded-Proto"] = "https";
            c.Request.Headers["X-Forwarded-For"] = "203.0.113.9";
            c.Connection.RemoteIpAddress = IPAddress.Parse("10.0.0.5");
        });

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        // Over HTTPS (as the proxy says), the antiforgery cookie is only ever sent back over HTTPS.
        Assert.Contains(context.Response.Headers.SetCookie, c => c!.StartsWith("limber.af=") && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }
}
