using Limber.Features.Accounts;
using Limber.Features.Comments;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Limber.Infrastructure.Data.Seed;

/// <summary>
/// The demo conversation under the flagship article (written for Limber): 12 comments by demo
/// members, two of them nested replies, one by a member who shows as "Private", some with a
/// location, one with an emoji. Added once: never again after the demo members exist.
/// </summary>
public sealed class DemoComments(AppDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    public const string FlagshipSlug = "back-pain-have-you-tried-inversion-therapy";
    private const string Domain = "demo.limber.example";

    private sealed record Member(string Key, string Name, string? Location, bool Public = true);

    private sealed record Line(string Who, string? ReplyTo, double HoursAfter, string Text);

    private static readonly Member[] Members =
    [
        new("claire", "Claire Dubois", "Jura, France"),
        new("private", "Hidden Reader", "Jura, France", Public: false),
        new("marco", "Marco Bellini", "Bologna, Italy"),
        new("priya", "Priya Raman", "Leeds, UK"),
        new("tom", "Tom Okafor", null),
        new("anke", "Anke de Vries", "Utrecht, Netherlands"),
        new("sam", "Sam Hollis", "Portland, Oregon"),
    ];

    // Keys name earlier lines; "coach" is the article's author.
    private static readonly (string Key, Line Line)[] Conversation =
    [
        ("c1", new("claire", null, 3, "I bought an inversion table in the spring after months of stiffness from driving for work. Two minutes at a shallow angle in the evening has made a real difference to how I sleep.")),
        ("c2", new("private", null, 5, "Thank you for the safety section. My mother has glaucoma and had been looking at gravity boots, so I've sent her this and asked her to talk to her doctor first.")),
        ("c3", new("marco", null, 7, "Does it matter if I do it straight after a run, or is it better when the muscles are cold?")),
        ("c4", new("coach", "c3", 8, "Good question, Marco! I prefer a few minutes after a gentle cool-down, when you're warm but not tired. Straight after a hard run your heart rate is still up, so give it ten minutes.")),
        ("c5", new("marco", "c4", 9, "Makes sense, I'll try it after my stretching then. Grazie!")),
        ("c6", new("priya", null, 12, "I was sceptical, but the inversion chair has been easier on my knees than the table I tried at a friend's house. Worth mentioning for anyone who struggles to hook their ankles in.")),
        ("c7", new("tom", null, 20, "Started this week with the postural therapy series first, as you suggested. Sessions are short enough to fit in before work.")),
        ("c8", new("anke", null, 26, "Three weeks in and my lower back feels looser in the mornings 🙌 I keep a note of my pain score each day, which helps me see it is not just wishful thinking.")),
        ("c9", new("sam", null, 30, "How do you know when you're ready to go past 30 degrees? I don't want to rush it.")),
        ("c10", new("claire", null, 34, "For what it's worth, I never went beyond about 40 degrees and still got the benefit. Comfort first.")),
        ("c11", new("private", null, 40, "Going slowly was the key for me as well. The first few sessions I only tipped back a little and came up feeling fine.")),
        ("c12", new("priya", null, 44, "Bookmarking this for the weekly plan. Looking forward to the next article!")),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        // Checked at every start: by the demo members' addresses, on the e-mail index, rather than by scanning
        // every member's address for the demo domain (50,000 rows in the benchmark's dataset).
        var demoEmails = Members.Select(m => users.NormalizeEmail($"{m.Key}@{Domain}")).ToList();
        if (await db.Users.AnyAsync(u => demoEmails.Contains(u.NormalizedEmail!), cancellationToken)
            || await db.Articles.SingleOrDefaultAsync(a => a.Slug == FlagshipSlug, cancellationToken) is not { } article)
        {
            return;
        }
        var people = new Dictionary<string, AppUser>();
        foreach (var m in Members)
        {
            var user = new AppUser
            {
                UserName = $"{m.Key}@{Domain}",
                Email = $"{m.Key}@{Domain}",
                EmailConfirmed = true,
                DisplayName = m.Name,
                Location = m.Location,
                ShowNamePublicly = m.Public,
                EmailOnReply = false, // demo addresses receive no mail
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime.AddDays(-30),
            };
            await users.CreateAsync(user);
            await users.AddToRoleAsync(user, Roles.Member);
            people[m.Key] = user;
        }
        if (article.AuthorId is { } authorId && await users.FindByIdAsync(authorId.ToString()) is { } coach)
        {
            people["coach"] = coach;
        }
        var start = article.PublishedAtUtc ?? clock.GetUtcNow().UtcDateTime.AddDays(-2);
        var posted = new Dictionary<string, Comment>();
        foreach (var (key, line) in Conversation)
        {
            var author = people.GetValueOrDefault(line.Who) ?? people["claire"];
            var at = start.AddHours(line.HoursAfter);
            var comment = line.ReplyTo is null ? Comment.Start(Features.Articles.ArticleCommentTarget.TargetKind, article.Id, author, line.Text, at) : posted[line.ReplyTo].ReplyBy(author, line.Text, at);
            comment.ReplyNotified = true; // history: nobody is notified about demo replies
            posted[key] = comment;
            db.Comments.Add(comment);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
