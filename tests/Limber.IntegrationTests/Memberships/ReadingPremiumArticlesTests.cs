using System.Text.Json;
using Limber.Features.Accounts;
using Limber.Features.Memberships;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Memberships;

/// <summary>
/// The access matrix: readers (anonymous, free, premium in every state, complimentary, staff) ×
/// visibility, on the page and the API; a body is never sent to someone without access.
/// </summary>
public sealed class ReadingPremiumArticlesTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<string> ReaderKinds => new()
    {
        "anonymous", "free", "active", "trialing", "past-due-in-grace", "past-due-after-grace", "canceled-before-end", "canceled-after-end",
        "expired", "complimentary", "complimentary-ended", "complimentary-revoked", "editor",
    };

    private static bool HasPremium(string kind) => kind is "active" or "trialing" or "past-due-in-grace" or "canceled-before-end" or "complimentary" or "editor";

    private async Task<AppUser?> ReaderAsync(string kind)
    {
        if (kind == "anonymous")
        {
            return null;
        }
        if (kind == "editor")
        {
            return await app.GivenEditorAsync();
        }
        var member = await app.GivenMemberAsync();
        var now = app.Now;
        Membership? membership = kind switch
        {
            "active" => new() { MemberId = member.Id, Status = MembershipStatus.Active, CurrentPeriodEndUtc = now.AddDays(20) },
            "trialing" => new() { MemberId = member.Id, Status = MembershipStatus.Trialing, CurrentPeriodEndUtc = now.AddDays(5) },
            "past-due-in-grace" => new() { MemberId = member.Id, Status = MembershipStatus.PastDue, CurrentPeriodEndUtc = now.AddDays(-2), PastDueSinceUtc = now.AddDays(-2) },
            "past-due-after-grace" => new() { MemberId = member.Id, Status = MembershipStatus.PastDue, CurrentPeriodEndUtc = now.AddDays(-10), PastDueSinceUtc = now.AddDays(-10) },
            "canceled-before-end" => new() { MemberId = member.Id, Status = MembershipStatus.Canceled, CancelAtPeriodEnd = true, CurrentPeriodEndUtc = now.AddDays(3) },
            "canceled-after-end" => new() { MemberId = member.Id, Status = MembershipStatus.Canceled, CancelAtPeriodEnd = true, CurrentPeriodEndUtc = now.AddDays(-1) },
            "expired" => new() { MemberId = member.Id, Status = MembershipStatus.Expired, CurrentPeriodEndUtc = now.AddDays(-30) },
            _ => null,
        };
        ComplimentaryGrant? grant = kind switch
        {
            "complimentary" => new() { MemberId = member.Id, GrantedAtUtc = now.AddDays(-1), EndsAtUtc = now.AddDays(30) },
            "complimentary-ended" => new() { MemberId = member.Id, GrantedAtUtc = now.AddDays(-60), EndsAtUtc = now.AddDays(-1) },
            "complimentary-revoked" => new() { MemberId = member.Id, GrantedAtUtc = now.AddDays(-5), RevokedAtUtc = now.AddDays(-1) },
            _ => null,
        };
        await app.WithDbAsync(async db =>
        {
            if (membership is not null)
            {
                db.Memberships.Add(membership);
            }
            if (grant is not null)
            {
                db.ComplimentaryGrants.Add(grant);
            }
            return await db.SaveChangesAsync();
        });
        return member;
    }

    [Theory]
    [MemberData(nameof(ReaderKinds))]
    public async Task PremiumArticle_BodyOnlyForReadersWithPremium_OnThePageAndTheApi(string kind)
    {
        var reader = await ReaderAsync(kind);
        var secret = "premiumonly" + Guid.NewGuid().ToString("N")[..10];
        var article = await app.GivenArticleAsync(Visibility.Premium, body: $"Free opening.\n\n<!--more-->\n\nPaid part {secret}, the longer part that only premium readers get to read.");
        var client = app.CreateClient(reader);

        var page = await client.GetDocumentAsync($"/articles/{article.Slug}");
        var api = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/articles/{article.Slug}")).RootElement;

        var expected = HasPremium(kind);
        Assert.Equal(expected, page.DocumentElement.OuterHtml.Contains(secret, StringComparison.Ordinal));
        Assert.Equal(expected, api.GetProperty("bodyHtml").GetString()!.Contains(secret, StringComparison.Ordinal));
        Assert.Equal(!expected, api.GetProperty("bodyIsTeaser").GetBoolean());
        Assert.Contains("Free opening.", page.DocumentElement.TextContent);
        if (!expected)
        {
            var prompt = page.QuerySelector(reader is null ? "[data-test=join-prompt]" : "[data-test=upgrade-prompt]")!;
            Assert.Contains(reader is null ? "Join" : "Upgrade to Premium", prompt.TextContent);
        }
    }

    [Theory]
    [InlineData("anonymous", false)]
    [InlineData("free", true)]
    [InlineData("expired", true)]
    [InlineData("active", true)]
    public async Task MembersArticle_BodyForAnySignedInMember(string kind, bool expected)
    {
        var reader = await ReaderAsync(kind);
        var secret = "membersonly" + Guid.NewGuid().ToString("N")[..10];
        var article = await app.GivenArticleAsync(Visibility.Members, body: $"Opening.\n\n<!--more-->\n\n{secret}");

        var html = await app.CreateClient(reader).GetStringAsync($"/articles/{article.Slug}");

        Assert.Equal(expected, html.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PremiumBody_NeverInTheFeedSitemapOrSearchResults()
    {
        var secret = "feedsecret" + Guid.NewGuid().ToString("N")[..10];
        var article = await app.GivenArticleAsync(Visibility.Premium, title: "Premium searchable quetzalplan",
            body: $"Opening about quetzalplan.\n\n<!--more-->\n\n{secret} quetzalplan");
        var client = app.CreateClient(signedInAs: null);

        Assert.DoesNotContain(secret, await client.GetStringAsync("/feed.xml"));
        Assert.DoesNotContain(secret, await client.GetStringAsync("/sitemap.xml"));
        var search = await client.GetStringAsync("/search?q=quetzalplan");
        Assert.Contains(article.Title, search);
        Assert.DoesNotContain(secret, search);
        Assert.DoesNotContain(secret, await client.GetStringAsync("/api/v1/articles?pageSize=100"));
    }
}
