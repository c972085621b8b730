using Limber.Infrastructure.Data.Seed;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.BackCare;

/// <summary>A fresh install's demo member has six weeks of back care to show.</summary>
public sealed class DemoBackCareTests(DemoBackCareTests.Factory app) : IClassFixture<DemoBackCareTests.Factory>
{
    public sealed class Factory : AppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Limber:DemoContent", "true")];
    }

    [Fact]
    public async Task DemoMember_HasSixWeeksOfSessionsAndPainEntries_BuiltUpGradually()
    {
        var (sessions, pain, checks) = await app.WithDbAsync(async db =>
        {
            var id = await db.Users.Where(u => u.Email == DemoBackCare.MemberEmail).Select(u => u.Id).SingleAsync();
            return (await db.InversionSessions.Where(s => s.MemberId == id).OrderBy(s => s.StartedAtUtc).ToListAsync(),
                await db.PainEntries.Where(p => p.MemberId == id).ToListAsync(), await db.SelfChecks.CountAsync(s => s.MemberId == id));
        });

        Assert.Equal(1, checks);
        Assert.InRange(sessions.Count, 28, 42);
        Assert.True((sessions[^1].StartedAtUtc - sessions[0].StartedAtUtc).TotalDays >= 35);
        Assert.Equal((20, 2), (sessions[0].AngleDegrees, sessions[0].Minutes));
        Assert.True(sessions[^1].AngleDegrees > sessions[0].AngleDegrees && sessions[^1].AngleDegrees <= 60);
        Assert.True(pain.Count >= 42);
        Assert.All(pain, p => Assert.InRange(p.Score, 0, 10));
    }
}
