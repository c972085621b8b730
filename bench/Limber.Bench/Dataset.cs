using Limber.Features.Accounts;
using Limber.Features.Articles;
using Limber.Features.Comments;
using Limber.Features.FoodJournal;
using Limber.Features.Foods;
using Limber.Features.Memberships;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Limber.Bench;

/// <summary>
/// The benchmark's data, added to a site that already has its demo content (the 12-comment flagship
/// article): 1,000 more articles, 50,000 members, an article with 200 comments, one with 10,000, a
/// sink article for posting (with a comment by a member who wants reply emails: the harness replies
/// to it, so each post also queues a notification and an email), and the members the harness signs
/// in as (<see cref="Posters"/>).
/// </summary>
public static class Dataset
{
    public const string MemberEmail = "bench@limber.example";
    public const string MemberPassword = "bench member passphrase";

    /// <summary>The first members (the benchmark member, then member00001 ...) can sign in with <see cref="MemberPassword"/>; the harness posts as all of them.</summary>
    public const int Posters = 32;

    public static async Task<int> SeedAsync(string dataPath)
    {
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite($"Data Source={Path.Combine(dataPath, "limber.db")};Default Timeout=60").Options;
        await using var db = new SqliteAppDbContext(options);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = DateTime.SpecifyKind(DateTime.UnixEpoch, DateTimeKind.Utc).AddSeconds(TimeProvider.System.GetUtcNow().ToUnixTimeSeconds());
        var category = await db.Categories.FirstAsync();
        var markdown = new MarkdownRenderer();
        var body = string.Join("\n\n", Enumerable.Range(1, 12).Select(i => $"Paragraph {i}: steady, gentle practice beats heroic effort. Breathe, move, rest, repeat."));

        var memberRole = await db.Roles.SingleAsync(r => r.Name == Roles.Member);
        var hasher = new PasswordHasher<AppUser>();
        var members = new List<AppUser>();
        for (var i = 0; i < 50_000; i++)
        {
            var email = i == 0 ? MemberEmail : $"member{i:D5}@bench.limber.example";
            var user = Member(email, i == 0 ? "Bench Member" : $"Member {i}", now.AddMinutes(-i));
            user.Location = i % 3 == 0 ? "Jura, France" : null;
            user.ShowNamePublicly = i % 7 != 0;
            // The last member wrote the comment the benchmark replies to: each reply queues an email.
            user.EmailOnReply = i == 49_999;
            if (i < Posters)
            {
                user.PasswordHash = hasher.HashPassword(user, MemberPassword);
            }
            members.Add(user);
        }
        foreach (var batch in members.Chunk(5_000))
        {
            db.Users.AddRange(batch);
            db.UserRoles.AddRange(batch.Select(u => new IdentityUserRole<Guid> { UserId = u.Id, RoleId = memberRole.Id }));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        Article NewArticle(string slug, string title, int minutesAgo)
        {
            var article = new Article
            {
                Slug = slug,
                Title = title,
                Excerpt = "A benchmark article.",
                BodyMarkdown = body,
                BodyHtml = markdown.ToSafeHtml(body),
                TeaserHtml = markdown.TeaserHtml(body),
                WordCount = MarkdownRenderer.CountWords(body),
                CreatedAtUtc = now.AddMinutes(-minutesAgo),
                UpdatedAtUtc = now.AddMinutes(-minutesAgo),
            };
            article.Publish(now, now.AddMinutes(-minutesAgo - 60 * 24 * 3));
            db.Attach(category);
            article.Categories.Add(category);
            db.Articles.Add(article);
            return article;
        }
        for (var i = 0; i < 1_000; i++)
        {
            NewArticle($"bench-article-{i:D4}", $"Benchmark article {i}", 10_000 + i);
        }
        var a200 = NewArticle("bench-200", "An article with 200 comments", 5);
        var a10k = NewArticle("bench-10000", "An article with 10,000 comments", 6);
        var sink = NewArticle("bench-sink", "Where the benchmark posts", 7);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        var replyTarget = Comment.Start(ArticleCommentTarget.TargetKind, sink.Id, members[^1], "Reply to me: the benchmark posts its replies here.", now);
        replyTarget.ReplyNotified = true;
        db.Comments.Add(replyTarget);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        await AddThreadAsync(db, a200, members, 200, now);
        await AddThreadAsync(db, a10k, members, 10_000, now);
        var entries = await AddJournalAsync(db, members[0], now);
        Console.WriteLine($"Seeded 50,000 members, 1,003 articles, threads of 200 and 10,000 comments, {entries:N0} journal entries over two years.");
        return 0;
    }

    /// <summary>
    /// The benchmark member gets Premium, two years of daily entries (four a day, from the shipped food
    /// table: about 3,000) and goals: the food journal's day and week pages are measured on them.
    /// </summary>
    private static async Task<int> AddJournalAsync(AppDbContext db, AppUser member, DateTime now)
    {
        db.Memberships.Add(new Membership { MemberId = member.Id, Status = MembershipStatus.Active, CurrentPeriodEndUtc = now.AddYears(1) });
        db.NutritionGoals.Add(new NutritionGoals { MemberId = member.Id, EnergyKcal = 2200, Protein = 140, Carbohydrate = 230, Fat = 75, Fibre = 30 });
        var foods = await db.Foods.AsNoTracking().Where(f => f.Source == FoodSource.Sr28 && f.Commonness >= 3).OrderBy(f => f.SourceId).Take(200).ToListAsync();
        var today = DateOnly.FromDateTime(now);
        var meals = new[] { Meal.Breakfast, Meal.Lunch, Meal.Dinner, Meal.Snack };
        var count = 0;
        for (var day = 0; day < 730; day++)
        {
            foreach (var (meal, n) in meals.Select((m, n) => (m, n)))
            {
                if ((day + n) % 49 == 0)
                {
                    continue; // a skipped snack or meal now and then: 2,920 less a few
                }
                var food = foods[(day * 4 + n) % foods.Count];
                var grams = 50 + (day + n * 37) % 150;
                var entry = new JournalEntry
                {
                    MemberId = member.Id, Date = today.AddDays(-day), Meal = meal, Kind = EntryKind.Food, FoodId = food.Id, Name = food.DisplayName,
                    Amount = grams, Unit = JournalEntry.GramsUnit, Grams = grams,
                    CreatedAtUtc = now.Date.AddDays(-day).AddHours(7 + 4 * n),
                };
                entry.Values = food.In(grams);
                db.JournalEntries.Add(entry);
                count++;
            }
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return count;
    }

    /// <summary>About three in four comments start a thread; the rest reply, up to 5 deep.</summary>
    private static async Task AddThreadAsync(AppDbContext db, Article article, List<AppUser> members, int count, DateTime now)
    {
        var random = new Random(count);
        var all = new List<Comment>(count);
        for (var i = 0; i < count; i++)
        {
            var author = members[1 + random.Next(members.Count - 1)];
            var at = now.AddMinutes(-count + i);
            var text = i % 10 == 0 ? $"Comment {i} 💪 with a link https://example.com/{i}" : $"Comment {i}: this helped my back, thank you.";
            var parent = i > 3 && random.Next(4) == 0 ? all[random.Next(all.Count)] : null;
            var comment = parent is null || parent.Depth >= 5 ? Comment.Start(ArticleCommentTarget.TargetKind, article.Id, author, text, at) : parent.ReplyBy(author, text, at);
            comment.ReplyNotified = true;
            all.Add(comment);
        }
        foreach (var batch in all.Chunk(2_000))
        {
            db.Comments.AddRange(batch);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>A confirmed member as Identity stores one, written straight to the database (no password unless the caller sets one).</summary>
    public static AppUser Member(string email, string name, DateTime createdAtUtc) => new()
    {
        UserName = email,
        NormalizedUserName = email.ToUpperInvariant(),
        Email = email,
        NormalizedEmail = email.ToUpperInvariant(),
        EmailConfirmed = true,
        DisplayName = name,
        CreatedAtUtc = createdAtUtc,
        SecurityStamp = Guid.NewGuid().ToString("N"),
    };
}
