using Limber.Features.Accounts;
using Limber.Features.Articles;
using Limber.Features.Categories;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Limber.Infrastructure.Data.Seed;

/// <summary>
/// Fills an empty site with demo content written for Limber (Markdown files embedded beside this
/// class), so a fresh install looks like a real site. Each step runs only when its part of the
/// site is empty, so later features add their own steps (comments, workouts) without duplicating
/// what an earlier version seeded.
/// </summary>
public sealed class DemoContentSeeder(
    AppDbContext db,
    UserManager<AppUser> users,
    MarkdownRenderer markdown,
    IOptions<LimberOptions> options,
    TimeProvider clock,
    DemoComments comments,
    DemoWorkouts workouts,
    DemoSchedules schedules,
    DemoBackCare backCare,
    DemoRecipes recipes,
    ILogger<DemoContentSeeder> logger)
{
    public const string CreatorEmail = "coach@limber.example";
    private const string ResourcePrefix = "Limber.Infrastructure.Data.Seed.Articles.";

    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (!await db.Articles.AnyAsync(cancellationToken) && !await db.Categories.AnyAsync(cancellationToken))
        {
            var author = await CreatorAsync();
            var categories = await SeedCategoriesAsync(cancellationToken);
            var count = await SeedArticlesAsync(author, categories, cancellationToken);
            logger.LogInformation("Created demo content: {Categories} categories and {Articles} articles. Switch this off with Limber:DemoContent=false.",
                categories.Count, count);
        }
        await comments.SeedAsync(cancellationToken);
        await workouts.SeedAsync(cancellationToken);
        await schedules.SeedAsync(cancellationToken);
        await backCare.SeedAsync(cancellationToken);
        await recipes.SeedAsync(cancellationToken);
    }

    /// <summary>The demo creator: the author of the articles, without a password (nobody signs in as them).</summary>
    private async Task<AppUser> CreatorAsync()
    {
        var existing = await users.FindByEmailAsync(CreatorEmail);
        if (existing is not null)
        {
            return existing;
        }
        var creator = new AppUser
        {
            UserName = CreatorEmail,
            Email = CreatorEmail,
            EmailConfirmed = true,
            DisplayName = "Maya Lindqvist",
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime.AddDays(-60),
        };
        await users.CreateAsync(creator);
        await users.AddToRoleAsync(creator, Roles.Editor);
        return creator;
    }

    private async Task<Dictionary<string, Category>> SeedCategoriesAsync(CancellationToken cancellationToken)
    {
        var lines = (await ReadResourceAsync("categories.txt")).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var categories = new Dictionary<string, Category>();
        foreach (var line in lines)
        {
            var parts = line.Split('|');
            categories[parts[0]] = new Category { Slug = parts[0], Name = parts[1], Description = parts[2] };
        }
        db.Categories.AddRange(categories.Values);
        await db.SaveChangesAsync(cancellationToken);
        return categories;
    }

    private async Task<int> SeedArticlesAsync(AppUser author, Dictionary<string, Category> categories, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var names = typeof(DemoContentSeeder).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        var count = 0;
        foreach (var name in names)
        {
            var file = DemoArticleFile.Parse(await ReadResourceAsync(name[ResourcePrefix.Length..]));
            var published = now.AddDays(-file.DaysAgo).Date.AddHours(7).AddMinutes(count * 7);
            var article = new Article
            {
                Slug = file.Slug,
                Title = file.Title,
                Excerpt = file.Excerpt,
                BodyMarkdown = file.Body,
                BodyHtml = markdown.ToSafeHtml(file.Body),
                TeaserHtml = markdown.TeaserHtml(file.Body),
                WordCount = MarkdownRenderer.CountWords(file.Body),
                Visibility = file.Visibility,
                CommentsEnabled = file.CommentsEnabled,
                AuthorId = author.Id,
                CreatedAtUtc = published,
                UpdatedAtUtc = published,
                FeaturedImagePath = DemoImages.Write(options.Value.UploadsPath, file.Slug, count),
            };
            article.Categories.AddRange(file.Categories.Select(slug => categories[slug]));
            article.Publish(now, published);
            db.Articles.Add(article);
            count++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return count;
    }

    private static async Task<string> ReadResourceAsync(string fileName)
    {
        await using var stream = typeof(DemoContentSeeder).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"Demo content file {fileName} is not embedded.");
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
