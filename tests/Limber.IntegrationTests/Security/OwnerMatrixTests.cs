using System.Net;
using System.Net.Http.Json;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Limber.IntegrationTests.Security;

/// <summary>
/// The owner matrix (house rule 9, issue 16): every route in <see cref="OwnedRoutes"/> for its owner,
/// another member and an anonymous visitor. The owner gets their data; another member gets 404 for
/// the owner's row and never sees the owner's data; a visitor is sent to sign in (401 from the API).
/// </summary>
public sealed class OwnerMatrixTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<string> Routes => [.. OwnedRoutes.All.Select(r => r.ToString())];

    private static OwnedRoute Route(string name) => OwnedRoutes.All.Single(r => r.ToString() == name);

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task OwnedRoute_Owner_GetsTheirOwnData(string name)
    {
        var route = Route(name);
        var owner = await app.GivenMemberAsync(name: $"Owner {Guid.NewGuid():N}");
        var request = await route.Given(app, owner);

        var response = await SendAsync(app.CreateClient(owner), route, request);

        Assert.True((int)response.StatusCode is >= 200 and < 400, $"{name}: {(int)response.StatusCode}");
        Assert.False(response.Headers.Location is { } to && Path(to).StartsWith("/account/login", StringComparison.Ordinal), name);
        if (request.Marker is not null)
        {
            Assert.Contains(request.Marker, await response.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task OwnedRoute_OtherMember_GetsNotFoundOrOnlyTheirOwn(string name)
    {
        var route = Route(name);
        var owner = await app.GivenMemberAsync(name: $"Owner {Guid.NewGuid():N}");
        var other = await app.GivenMemberAsync(name: "Other member");
        var request = await route.Given(app, owner);

        var response = await SendAsync(app.CreateClient(other), route, request);

        if (request.NamesTheResource)
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        else
        {
            Assert.True((int)response.StatusCode is >= 200 and < 500, $"{name}: {(int)response.StatusCode}");
            Assert.DoesNotContain(owner.DisplayName, await response.Content.ReadAsStringAsync());
        }
        if (request.Marker is not null)
        {
            Assert.DoesNotContain(request.Marker, await response.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task OwnedRoute_Anonymous_IsSentToSignIn(string name)
    {
        var route = Route(name);
        var owner = await app.GivenMemberAsync();
        var request = await route.Given(app, owner);

        var response = await SendAsync(app.CreateClient(signedInAs: null), route, request);

        if (route.Route.StartsWith("/api/", StringComparison.Ordinal))
        {
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{name}: {(int)response.StatusCode}");
        }
        else
        {
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{name}: {(int)response.StatusCode}");
            Assert.StartsWith("/account/login", Path(response.Headers.Location!));
        }
    }

    /// <summary>A new page or endpoint under /account, /me or /api/v1/me must join the matrix (or be named public).</summary>
    [Fact]
    public void EveryOwnedRoute_IsInTheMatrix()
    {
        var listed = OwnedRoutes.All.Select(r => $"{r.Method} {r.Route}").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => (Method: method, Route: "/" + (e.RoutePattern.RawText ?? "").Trim('/'))))
            .Where(e => e.Route is "/account" or "/me" || e.Route.StartsWith("/account/", StringComparison.Ordinal)
                || e.Route.StartsWith("/me/", StringComparison.Ordinal) || e.Route is "/api/v1/me" || e.Route.StartsWith("/api/v1/me/", StringComparison.Ordinal))
            .Where(e => !OwnedRoutes.Public.Contains(e.Route, StringComparer.OrdinalIgnoreCase))
            .Select(e => $"{e.Method} {e.Route}")
            .Where(e => !listed.Contains(e))
            .Distinct().Order().ToList();

        Assert.True(missing.Count == 0, "Owned routes missing from OwnedRoutes.All: " + string.Join(", ", missing));
    }

    private static string Path(Uri location) => location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, OwnedRoute route, OwnedRequest request)
    {
        if (route.Method == "GET")
        {
            return await client.GetAsync(request.Path);
        }
        // Writes carry the antiforgery token a real page gives this client (none for a visitor who has no session).
        var home = await client.GetDocumentAsync("/");
        var token = home.QuerySelector("meta[name=csrf-token]")?.GetAttribute("content");
        var message = new HttpRequestMessage(new HttpMethod(route.Method), request.Path);
        if (route.Handler is not null)
        {
            var form = new Dictionary<string, string>();
            if (token is not null)
            {
                form["__RequestVerificationToken"] = token;
            }
            message.Content = new FormUrlEncodedContent(form);
        }
        else
        {
            if (token is not null)
            {
                message.Headers.Add("X-CSRF-TOKEN", token);
            }
            message.Content = request.Json is null ? null : JsonContent.Create(request.Json);
        }
        return await client.SendAsync(message);
    }
}
