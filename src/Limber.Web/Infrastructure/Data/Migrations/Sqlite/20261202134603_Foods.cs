using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Limber.Infrastructure.Data.Migrations.Sqlite
{
    /// <summary>
    /// The food table, and its FTS5 index for search (hand-written: EF has no model for FTS5), kept
    /// in step by triggers like WorkoutSearch. No stemming tricks beyond Porter: foods are found by
    /// word prefixes in any order ("chick bre"). PostgreSQL gets a generated tsvector instead.
    /// </summary>
    public partial class Foods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Foods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Brand = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Group = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Commonness = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EnergyKcal = table.Column<double>(type: "REAL", nullable: true),
                    EnergyKj = table.Column<double>(type: "REAL", nullable: true),
                    Protein = table.Column<double>(type: "REAL", nullable: true),
                    Fat = table.Column<double>(type: "REAL", nullable: true),
                    SaturatedFat = table.Column<double>(type: "REAL", nullable: true),
                    Carbohydrate = table.Column<double>(type: "REAL", nullable: true),
                    Sugars = table.Column<double>(type: "REAL", nullable: true),
                    Fibre = table.Column<double>(type: "REAL", nullable: true),
                    SodiumMg = table.Column<double>(type: "REAL", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Portions = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Foods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Foods_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Foods_OwnerId",
                table: "Foods",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Foods_Source_SourceId",
                table: "Foods",
                columns: new[] { "Source", "SourceId" },
                unique: true);

            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "FoodSearch" USING fts5(
                    "FoodId" UNINDEXED, "Name", "Brand",
                    tokenize='porter unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Foods_search_insert" AFTER INSERT ON "Foods" BEGIN
                    INSERT INTO "FoodSearch"("FoodId", "Name", "Brand") VALUES (new."Id", new."Name", new."Brand");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Foods_search_delete" AFTER DELETE ON "Foods" BEGIN
                    DELETE FROM "FoodSearch" WHERE "FoodId" = old."Id";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Foods_search_update" AFTER UPDATE OF "Name", "Brand" ON "Foods" BEGIN
                    DELETE FROM "FoodSearch" WHERE "FoodId" = old."Id";
                    INSERT INTO "FoodSearch"("FoodId", "Name", "Brand") VALUES (new."Id", new."Name", new."Brand");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Foods_search_insert"; DROP TRIGGER IF EXISTS "Foods_search_delete"; DROP TRIGGER IF EXISTS "Foods_search_update"; DROP TABLE IF EXISTS "FoodSearch";""");
            migrationBuilder.DropTable(
                name: "Foods");
        }
    }
}
