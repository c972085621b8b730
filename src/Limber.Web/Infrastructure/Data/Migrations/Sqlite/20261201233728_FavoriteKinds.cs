using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Limber.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FavoriteKinds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Kinds are now the registered names ("workout"), no longer the enum's ("Workout"); favorites
            // whose content was deleted before deletes took them along go now.
            migrationBuilder.Sql("""UPDATE "Favorites" SET "Kind" = lower("Kind");""");
            migrationBuilder.Sql("""
                DELETE FROM "Favorites"
                WHERE ("Kind" = 'article' AND NOT EXISTS (SELECT 1 FROM "Articles" a WHERE a."Id" = "Favorites"."TargetId"))
                   OR ("Kind" = 'workout' AND NOT EXISTS (SELECT 1 FROM "Workouts" w WHERE w."Id" = "Favorites"."TargetId"));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""UPDATE "Favorites" SET "Kind" = upper(substr("Kind", 1, 1)) || substr("Kind", 2);""");
        }
    }
}
