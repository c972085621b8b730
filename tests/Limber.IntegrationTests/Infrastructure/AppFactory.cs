using Limber.Features.Accounts;
using Limber.Features.Articles;
using Limber.Features.Categories;
using Limber.Features.Comments;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Jobs;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Limber.IntegrationTests.Infrastructure;

/// <summary>
/// One running app per test class, on its own database (<see cref="TestDatabase"/>), with a fake
/// clock and an empty data folder. Tests arrange through the intent methods (GivenArticleAsync ...)
/// and act through HTTP.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create();
    private readonly string _dataPath = Directory.CreateTempSubdirectory("limber-test-").FullName;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero));

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    /// <summary>Counts the SQL commands the app sends, to prove a page costs a bounded number of queries.</summary>
    public CommandCounter Commands { get; } = new();

    public string DataPath => _dataPath;

    public bool IsPostgres => _database.IsPostgres;

    /// <summary>Settings a derived factory changes for its test class.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Limber:DataPath", _dataPath);
        builder.UseSetting("Limber:DemoContent", "false");
        // Tests run the job queue themselves (SendOutboxAsync, JobRunner), so what is sent when is deterministic.
        builder.UseSetting("Limber:Jobs:Enabled", "false");
        // Most tests arrange data straight in the database, past the writes that evict cached pages;
        // page caching has its own tests (PageCachingTests) with it switched on.
        builder.UseSetting("Limber:PageCache:Enabled", "false");
        // A class of profile tests saves more often than a person would; ProfileRateLimitTests sets its own.
        builder.UseSetting("Limber:RateLimits:ProfileSavesPerMinute", "1000");
        // Loading the shipped food table (8,789 foods) into every class's database would slow the suite; ShippedTableTests turns it on.
        builder.UseSetting("Limber:Foods:LoadShippedTable", "false");
        builder.UseSetting("Limber:Database:Provider", _database.Provider);
        builder.UseSetting("Limber:Database:ConnectionString", _database.ConnectionString);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Error");
        builder.UseSetting("Logging:LogLevel:Limber.Infrastructure.Data.DatabaseInitializer", "Error");
        // The warning that Limber:BaseUrl is not set, which tests leave unset on purpose.
        builder.UseSetting("Logging:LogLevel:Limber.Infrastructure.Web.PublicAddress", "Error");
        // Migrating a PostgreSQL database that does not exist yet logs a connection error before creating it.
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Connection", "Critical");
        // Every class migrates a fresh database, and SQLite's table rebuilds (CommentTargets) warn each time that they run outside a transaction.
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Migrations", "Error");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Commands);
            services.ConfigureDbContext<Limber.Infrastructure.Data.SqliteAppDbContext>(o => o.AddInterceptors(Commands));
            services.ConfigureDbContext<Limber.Infrastructure.Data.PostgresAppDbContext>(o => o.AddInterceptors(Commands));
            services.AddSingleton<TimeProvider>(Clock);
            services.AddTestAuthentication();
        });
    }

    public async ValueTask InitializeAsync()
    {
        // Starting the server runs the app's own start-up: migrations, roles.
        _ = Server;
        await Task.CompletedTask;
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see them.</summary>
    public HttpClient CreateClient(AppUser? signedInAs)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (signedInAs is not null)
        {
            client.DefaultRequestHeaders.Add(TestAuthHandler.Header, signedInAs.Id.ToString());
        }
        return client;
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task<AppUser> GivenUserAsync(string? role = null, string? password = null, string? name = null, bool confirmed = true)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"{role ?? "reader"}-{Guid.NewGuid():N}@example.com";
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = confirmed,
            DisplayName = name ?? $"Test {role ?? "reader"}",
            CreatedAtUtc = Now,
        };
        var result = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        if (role is not null)
        {
            await users.AddToRoleAsync(user, role);
        }
        return user;
    }

    public Task<AppUser> GivenEditorAsync() => GivenUserAsync(Roles.Editor);

    public Task<AppUser> GivenMemberAsync(string? password = null, string? name = null) => GivenUserAsync(Roles.Member, password, name);

    public Task<Category> GivenCategoryAsync(string? name = null) => WithDbAsync(async db =>
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        var category = new Category { Name = name ?? $"Topic {unique}", Slug = $"topic-{unique}", Description = "A test category." };
        db.Categories.Add(category);
        await db.SaveChangesAsync();
        return category;
    });

    /// <summary>A live article (published an hour ago) unless told otherwise.</summary>
    public Task<Article> GivenArticleAsync(
        Visibility visibility = Visibility.Public,
        ArticleState state = ArticleState.Published,
        string? title = null,
        string? body = null,
        Category? category = null,
        DateTime? publishedAtUtc = null) => WithDbAsync(async db =>
    {
        var markdown = new MarkdownRenderer();
        var unique = Guid.NewGuid().ToString("N")[..10];
        body ??= $"Opening paragraph {unique}.\n\nSecond paragraph.\n\n<!--more-->\n\nThe members-only part {unique}.";
        var article = new Article
        {
            Title = title ?? $"Article {unique}",
            Slug = $"article-{unique}",
            Excerpt = $"Excerpt {unique}",
            BodyMarkdown = body,
            BodyHtml = markdown.ToSafeHtml(body),
            TeaserHtml = markdown.TeaserHtml(body),
            WordCount = MarkdownRenderer.CountWords(body),
            Visibility = visibility,
            CreatedAtUtc = Now.AddDays(-1),
            UpdatedAtUtc = Now.AddDays(-1),
        };
        if (category is not null)
        {
            db.Attach(category);
            article.Categories.Add(category);
        }
        switch (state)
        {
            case ArticleState.Published:
                article.Publish(Now, publishedAtUtc ?? Now.AddHours(-1));
                break;
            case ArticleState.Scheduled:
                article.Publish(Now, publishedAtUtc ?? Now.AddDays(1));
                break;
        }
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article;
    });

    /// <summary>A published comment (or reply) by <paramref name="author"/>.</summary>
    public Task<Comment> GivenCommentAsync(Article article, AppUser author, Comment? parent = null, string? body = null,
        CommentStatus status = CommentStatus.Published) =>
        GivenCommentAsync(ArticleCommentTarget.TargetKind, article.Id, author, parent, body, status);

    /// <summary>A published comment (or reply) on a workout by <paramref name="author"/>.</summary>
    public Task<Comment> GivenCommentAsync(Limber.Features.Workouts.Workout workout, AppUser author, Comment? parent = null, string? body = null,
        CommentStatus status = CommentStatus.Published) =>
        GivenCommentAsync(Limber.Features.Workouts.WorkoutCommentTarget.TargetKind, workout.Id, author, parent, body, status);

    private Task<Comment> GivenCommentAsync(string kind, Guid targetId, AppUser author, Comment? parent, string? body, CommentStatus status) => WithDbAsync(async db =>
    {
        var text = body ?? $"A comment {Guid.NewGuid():N}";
        var comment = parent is null ? Comment.Start(kind, targetId, author, text, Now) : parent.ReplyBy(author, text, Now);
        comment.Status = status;
        comment.ReplyNotified = true;
        db.Comments.Add(comment);
        await db.SaveChangesAsync();
        return comment;
    });

    /// <summary>Top-level comments a second apart, oldest first: enough of them make a thread of several pages.</summary>
    public async Task<List<Comment>> GivenTopLevelCommentsAsync(Article article, AppUser author, int count)
    {
        var comments = new List<Comment>();
        for (var i = 0; i < count; i++)
        {
            comments.Add(await GivenCommentAsync(article, author));
            Clock.Advance(TimeSpan.FromSeconds(1));
        }
        return comments;
    }

    /// <summary>A published workout with short intervals (the total is the sum of work and rest over the rounds).</summary>
    public Task<Limber.Features.Workouts.Workout> GivenWorkoutAsync(Visibility visibility = Visibility.Public, string? title = null,
        Limber.Features.Workouts.Difficulty difficulty = Limber.Features.Workouts.Difficulty.Beginner, string equipment = "none", string focus = "back",
        int workSeconds = 30, int rounds = 2) => WithDbAsync(async db =>
    {
        var unique = Guid.NewGuid().ToString("N")[..10];
        var workout = new Limber.Features.Workouts.Workout
        {
            Slug = $"workout-{unique}",
            Title = title ?? $"Workout {unique}",
            Summary = $"Summary {unique}",
            DescriptionMarkdown = "Move well.",
            DescriptionHtml = "<p>Move well.</p>",
            Difficulty = difficulty,
            Equipment = equipment,
            FocusAreas = focus,
            Visibility = visibility,
            Published = true,
            CreatedAtUtc = Now,
            UpdatedAtUtc = Now,
        };
        workout.Intervals.Add(new Limber.Features.Workouts.WorkoutInterval { WorkoutId = workout.Id, Position = 0, Exercise = $"Secret move {unique}", WorkSeconds = workSeconds, RestSeconds = 10, Rounds = rounds });
        workout.DurationSeconds = Limber.Features.Workouts.Workout.TotalSeconds(workout.Intervals);
        db.Workouts.Add(workout);
        await db.SaveChangesAsync();
        return workout;
    });

    /// <summary>
    /// Sends the queued email now: runs the due jobs (email is a kind of job) until none is left, as the
    /// background worker would; returns how many ran.
    /// </summary>
    public async Task<int> SendOutboxAsync()
    {
        var runner = Services.GetRequiredService<JobRunner>();
        var total = 0;
        for (int ran; (ran = await runner.RunDueAsync(CancellationToken.None)) > 0;)
        {
            total += ran;
        }
        return total;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing request; the OS temp cleaner gets it.
        }
    }
}
