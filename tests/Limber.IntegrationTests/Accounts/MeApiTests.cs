using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Accounts;

public sealed class MeApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<string> CsrfTokenAsync(HttpClient client) =>
        (await client.GetDocumentAsync("/")).QuerySelector("meta[name=csrf-token]")!.GetAttribute("content")!;

    private static HttpRequestMessage Patch(object body, string? token) => Patch(JsonSerializer.Serialize(body), token);

    private static HttpRequestMessage Patch(string json, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/me") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Add("X-CSRF-TOKEN", token);
        }
        return request;
    }

    [Fact]
    public async Task Get_ReturnsTheSignedInMembersProfile()
    {
        var member = await app.GivenMemberAsync(name: "Api Ada");

        var json = await app.CreateClient(member).GetFromJsonAsync<JsonElement>("/api/v1/me");

        Assert.Equal("Api Ada", json.GetProperty("displayName").GetString());
        Assert.Equal(member.Email, json.GetProperty("email").GetString());
        Assert.True(json.GetProperty("showNamePublicly").GetBoolean());
        Assert.Equal("UTC", json.GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task Patch_WithTheAntiforgeryHeader_ChangesOnlyTheGivenFields()
    {
        var member = await app.GivenMemberAsync(name: "Patchy Pat");
        var client = app.CreateClient(member);

        var response = await client.SendAsync(Patch(new { location = "Jura, France", showNamePublicly = false }, await CsrfTokenAsync(client)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Jura, France", json.GetProperty("location").GetString());
        Assert.Equal("Private", json.GetProperty("publicName").GetString());
        Assert.Equal("Patchy Pat", json.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Patch_WithoutTheAntiforgeryHeader_IsRefused()
    {
        var member = await app.GivenMemberAsync(name: "Unchanged");
        var client = app.CreateClient(member);

        var response = await client.SendAsync(Patch(new { displayName = "Hijacked" }, token: null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Unchanged", (await client.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Patch_InvalidValues_AreAValidationProblemPerField()
    {
        var client = app.CreateClient(await app.GivenMemberAsync());

        var response = await client.SendAsync(Patch(new { displayName = "", timeZone = "Nowhere/Land" }, await CsrfTokenAsync(client)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("displayName", out _));
        Assert.True(errors.TryGetProperty("timeZone", out _));
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"showNamePublicly\": \"perhaps\"}")]
    [InlineData("[]")]
    public async Task Patch_MalformedJson_Is400(string body)
    {
        var client = app.CreateClient(await app.GivenMemberAsync());

        var response = await client.SendAsync(Patch(body, await CsrfTokenAsync(client)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
