using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Limber.Infrastructure.Data.Migrations.Sqlite
{
    /// <summary>
    /// Workouts in the site search (hand-written: EF has no model for FTS5), as the Initial migration
    /// did for articles: an FTS5 table keyed by workout id with Porter stemming, kept in step by
    /// triggers and filled with the workouts already there. A later migration that rebuilds the
    /// Workouts table drops these triggers and must create them again (the search tests catch it).
    /// PostgreSQL gets the same from a generated tsvector column.
    /// </summary>
    public partial class WorkoutSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "WorkoutSearch" USING fts5(
                    "WorkoutId" UNINDEXED, "Title", "Summary", "DescriptionMarkdown",
                    tokenize='porter unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                INSERT INTO "WorkoutSearch"("WorkoutId", "Title", "Summary", "DescriptionMarkdown")
                SELECT "Id", "Title", "Summary", "DescriptionMarkdown" FROM "Workouts";
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Workouts_search_insert" AFTER INSERT ON "Workouts" BEGIN
                    INSERT INTO "WorkoutSearch"("WorkoutId", "Title", "Summary", "DescriptionMarkdown")
                    VALUES (new."Id", new."Title", new."Summary", new."DescriptionMarkdown");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Workouts_search_delete" AFTER DELETE ON "Workouts" BEGIN
                    DELETE FROM "WorkoutSearch" WHERE "WorkoutId" = old."Id";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Workouts_search_update" AFTER UPDATE OF "Title", "Summary", "DescriptionMarkdown" ON "Workouts" BEGIN
                    DELETE FROM "WorkoutSearch" WHERE "WorkoutId" = old."Id";
                    INSERT INTO "WorkoutSearch"("WorkoutId", "Title", "Summary", "DescriptionMarkdown")
                    VALUES (new."Id", new."Title", new."Summary", new."DescriptionMarkdown");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Workouts_search_insert"; DROP TRIGGER IF EXISTS "Workouts_search_delete"; DROP TRIGGER IF EXISTS "Workouts_search_update"; DROP TABLE IF EXISTS "WorkoutSearch";""");
        }
    }
}
