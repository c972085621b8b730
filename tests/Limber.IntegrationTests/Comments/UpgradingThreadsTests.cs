using Limber.Features.Articles;
using Limber.Infrastructure.Data;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Limber.IntegrationTests.Comments;

/// <summary>
/// Issue 16's migrations on a database that already has a discussion: the thread of an article
/// and the notification of a reply stay, now as the article's target (nothing dropped), and the
/// workouts already there take comments and are found by search. On both databases.
/// </summary>
public sealed class UpgradingThreadsTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create();

    private AppDbContext NewContext() => _database.IsPostgres
        ? new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(_database.ConnectionString).Options)
        : new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(_database.ConnectionString).Options);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Migrate_ADatabaseWithAnArticleThread_KeepsEveryCommentAndNotificationAsTheArticles()
    {
        var (member, article, root, reply, notification, workout) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var at = new DateTime(2026, 11, 1, 10, 0, 0, DateTimeKind.Utc);
        await using (var db = NewContext())
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(db.Database.GetMigrations().Single(m => m.EndsWith("_EndedSessions", StringComparison.Ordinal)));
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "AspNetUsers" ("Id", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed", "PhoneNumberConfirmed",
                    "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount", "DisplayName", "ShowNamePublicly", "TimeZone", "EmailOnReply", "CommentingSuspended", "CreatedAtUtc")
                VALUES ({member}, 'old@example.com', 'OLD@EXAMPLE.COM', 'old@example.com', 'OLD@EXAMPLE.COM', {true}, {false}, {false}, {true}, 0, 'Old Timer', {true}, 'UTC', {true}, {false}, {at})
                """);
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "Articles" ("Id", "Slug", "Title", "Excerpt", "BodyMarkdown", "BodyHtml", "TeaserHtml", "WordCount", "Status", "PublishedAtUtc",
                    "Visibility", "CommentsEnabled", "CreatedAtUtc", "UpdatedAtUtc")
                VALUES ({article}, 'an-old-article', 'An old article', 'Old.', 'Old body.', '<p>Old body.</p>', '<p>Old body.</p>', 2, 'Published', {at}, 'Public', {true}, {at}, {at})
                """);
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "Comments" ("Id", "ArticleId", "AuthorId", "ParentId", "RootId", "Depth", "Path", "Body", "Status", "DeletedByAuthor", "CreatedAtUtc", "ReplyNotified")
                VALUES ({root}, {article}, {member}, NULL, {root}, 0, {root.ToString("N")}, 'Words from before', 'Published', {false}, {at}, {true})
                """);
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "Comments" ("Id", "ArticleId", "AuthorId", "ParentId", "RootId", "Depth", "Path", "Body", "Status", "DeletedByAuthor", "CreatedAtUtc", "ReplyNotified")
                VALUES ({reply}, {article}, {member}, {root}, {root}, 1, {$"{root:N}/{reply:N}"}, 'A reply from before', 'Published', {false}, {at}, {true})
                """);
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "Notifications" ("Id", "RecipientId", "Link", "ActorName", "ArticleTitle", "Excerpt", "CommentId", "CreatedAtUtc")
                VALUES ({notification}, {member}, '/articles/an-old-article#comment-1', 'Old Timer', 'An old article', 'Words', {reply}, {at})
                """);
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "Workouts" ("Id", "Slug", "Title", "Summary", "DescriptionMarkdown", "DescriptionHtml", "Difficulty", "Equipment", "FocusAreas",
                    "Visibility", "Published", "DurationSeconds", "CreatedAtUtc", "UpdatedAtUtc")
                VALUES ({workout}, 'an-old-workout', 'An old lemurroll', 'Old.', 'Old.', '<p>Old.</p>', 'Beginner', 'none', 'back', 'Public', {true}, 60, {at}, {at})
                """);

            await migrator.MigrateAsync();
        }

        await using var after = NewContext();
        var comments = await after.Comments.OrderBy(c => c.Depth).ToListAsync();
        Assert.Equal([root, reply], comments.Select(c => c.Id));
        Assert.All(comments, c => Assert.Equal((ArticleCommentTarget.TargetKind, article), (c.TargetKind, c.TargetId)));
        Assert.Equal(root, comments[1].ParentId);
        var notified = await after.Notifications.SingleAsync();
        Assert.Equal((ArticleCommentTarget.TargetKind, "An old article"), (notified.TargetKind, notified.TargetTitle));
        Assert.True(await after.Workouts.Where(w => w.Id == workout).Select(w => w.CommentsEnabled).SingleAsync());
        if (!_database.IsPostgres)
        {
            // The search index was filled with the workouts already there (PostgreSQL computes its column itself).
            Assert.Equal(1, await after.Database.SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM "WorkoutSearch" WHERE "WorkoutSearch" MATCH 'lemurroll'""").SingleAsync());
        }
    }
}
