using System.Net;
using Limber.Features.Accounts;
using Limber.Features.Memberships;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Security;

/// <summary>The four readers of the access matrix, and the gated things they read.</summary>
public static class Readers
{
    public const string Anonymous = "anonymous";
    public const string Free = "free";
    public const string Premium = "premium";
    public const string Admin = "admin";

    /// <summary>Who reads a gated article in full: the cases the item tests (comments, search) run through.</summary>
    public static TheoryData<Visibility, string, bool> ReadsInFull => new()
    {
        { Visibility.Premium, Anonymous, false },
        { Visibility.Premium, Free, false },
        { Visibility.Premium, Premium, true },
        { Visibility.Premium, Admin, true },
        { Visibility.Members, Anonymous, false },
        { Visibility.Members, Free, true },
        { Visibility.Public, Anonymous, true },
    };

    /// <summary>The reader, signed in (null for <see cref="Anonymous"/>); a premium reader has an active subscription.</summary>
    public static async Task<AppUser?> GivenReaderAsync(this AppFactory app, string role)
    {
        switch (role)
        {
            case Anonymous:
                return null;
            case Admin:
                return await app.GivenUserAsync(Roles.Admin);
            case Free:
                return await app.GivenMemberAsync();
        }
        var member = await app.GivenMemberAsync();
        await app.WithDbAsync(db =>
        {
            db.Memberships.Add(new Membership { MemberId = member.Id, Status = MembershipStatus.Active, CurrentPeriodEndUtc = app.Now.AddDays(20) });
            return db.SaveChangesAsync();
        });
        return member;
    }

    /// <summary>A word that appears nowhere else, to find leaks by (letters then hex digits: one token for both search engines).</summary>
    public static string Secret(string kind) => kind + "marker" + Guid.NewGuid().ToString("N")[..12];


    /// <summary>A published workout with an uploaded video, made through the editor; returns its slug and the video's address as staff see it.</summary>
    public static async Task<(string Slug, string VideoUrl)> GivenWorkoutWithVideoAsync(this AppFactory app, Visibility visibility, byte[] video)
    {
        var editor = app.CreateClient(await app.GivenEditorAsync());
        var form = (await editor.GetDocumentAsync("/admin/workouts/edit")).Form();
        var title = "Video workout " + Guid.NewGuid().ToString("N")[..10];
        var saved = await editor.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Published"] = "true",
            ["Input.Visibility"] = ((int)visibility).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Intervals[0].Exercise"] = "Hang",
        }, form.Button("Save workout"), new Dictionary<string, (string, byte[], string)> { ["Input.Video"] = ("clip.mp4", video, "video/mp4") });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var slug = Limber.Infrastructure.Web.Slugs.From(title);
        var page = await editor.GetDocumentAsync($"/workouts/{slug}");
        return (slug, page.QuerySelector("video")!.GetAttribute("src")!);
    }
}
