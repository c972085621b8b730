using System.Net;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Home;

public sealed class OperationsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Probe_WhenTheDatabaseAnswers_Is200(string path)
    {
        var response = await app.CreateClient(signedInAs: null).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnyPage_CarriesTheSecurityHeaders()
    {
        var response = await app.CreateClient(signedInAs: null).GetAsync("/");

        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task HomePage_AskedForBrotli_IsCompressed()
    {
        var client = app.CreateClient(signedInAs: null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Accept-Encoding", "br");

        var response = await client.SendAsync(request);

        Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
    }

    [Fact]
    public async Task UnknownPage_Is404_WithTheFriendlyPage()
    {
        var response = await app.CreateClient(signedInAs: null).GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("We can’t find that page", page.Text("h1"));
        Assert.NotNull(page.QuerySelector("form[action='/search']"));
    }

    [Fact]
    public async Task Stylesheet_IsFingerprintedAndServed()
    {
        var client = app.CreateClient(signedInAs: null);
        var page = await client.GetDocumentAsync("/");
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", href);
        var css = await client.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains("--accent", await css.Content.ReadAsStringAsync());
    }
}
