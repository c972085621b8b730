using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Limber.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WorkoutSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "SearchVector",
                table: "Workouts",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector('english', coalesce(\"Title\", '')), 'A') || setweight(to_tsvector('english', coalesce(\"Summary\", '')), 'B') || setweight(to_tsvector('english', coalesce(\"DescriptionMarkdown\", '')), 'C')",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "IX_Workouts_SearchVector",
                table: "Workouts",
                column: "SearchVector")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Workouts_SearchVector",
                table: "Workouts");

            migrationBuilder.DropColumn(
                name: "SearchVector",
                table: "Workouts");
        }
    }
}
