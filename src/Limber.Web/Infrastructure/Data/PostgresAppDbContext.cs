using Limber.Features.Articles;
using Limber.Features.Foods;
using Limber.Features.Workouts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using NpgsqlTypes;

namespace Limber.Infrastructure.Data;

/// <summary>
/// Pins the PostgreSQL migration set (Migrations/Postgres) and holds PostgreSQL-only mapping:
/// the full-text search vectors of articles, workouts and foods, stored generated columns with GIN indexes.
/// </summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options)
{
    public const string SearchVector = "SearchVector";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        var article = builder.Entity<Article>();
        article.Property<NpgsqlTsVector>(SearchVector)
            .HasComputedColumnSql(
                """setweight(to_tsvector('english', coalesce("Title", '')), 'A') || setweight(to_tsvector('english', coalesce("Excerpt", '')), 'B') || setweight(to_tsvector('english', coalesce("BodyMarkdown", '')), 'C')""",
                stored: true);
        article.HasIndex(SearchVector).HasMethod("GIN");
        var workout = builder.Entity<Workout>();
        workout.Property<NpgsqlTsVector>(SearchVector)
            .HasComputedColumnSql(
                """setweight(to_tsvector('english', coalesce("Title", '')), 'A') || setweight(to_tsvector('english', coalesce("Summary", '')), 'B') || setweight(to_tsvector('english', coalesce("DescriptionMarkdown", '')), 'C')""",
                stored: true);
        workout.HasIndex(SearchVector).HasMethod("GIN");
        var food = builder.Entity<Food>();
        food.Property<NpgsqlTsVector>(SearchVector)
            .HasComputedColumnSql("""to_tsvector('english', coalesce("Name", '') || ' ' || coalesce("Brand", ''))""", stored: true);
        food.HasIndex(SearchVector).HasMethod("GIN");
    }
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context without a running server.</summary>
public sealed class PostgresAppDbContextFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=limber_design").Options);
}
