using System.Text.Json;
using System.Text.Json.Nodes;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Api;

/// <summary>
/// The wire shape is a promise: the generated OpenAPI document must equal the committed
/// <c>docs/openapi.json</c>. After an intended change, run with <c>UPDATE_OPENAPI=1</c> to rewrite it.
/// </summary>
public sealed class OpenApiDocumentTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task OpenApiDocument_MatchesTheCommittedOne()
    {
        var generated = JsonNode.Parse(await app.CreateClient(signedInAs: null).GetStringAsync("/openapi/v1.json"))!;
        // The server address differs per run; it is not part of the contract.
        generated.AsObject().Remove("servers");
        var text = generated.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

        var committed = Path.Combine(RepositoryRoot(), "docs", "openapi.json");
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(committed, text);
        }
        Assert.True(File.Exists(committed), "docs/openapi.json is missing: run the tests once with UPDATE_OPENAPI=1.");
        Assert.Equal((await File.ReadAllTextAsync(committed)).ReplaceLineEndings("\n"), text);
    }

    [Fact]
    public async Task ApiReferencePage_IsServedLocally()
    {
        var html = await app.CreateClient(signedInAs: null).GetStringAsync("/api/docs/index.html");

        Assert.Contains("swagger", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Limber.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Run the tests from inside the repository.");
    }
}
