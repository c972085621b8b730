using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Limber.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BackCare : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BackCareSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    MaxAngleDegrees = table.Column<int>(type: "integer", nullable: false),
                    MaxMinutes = table.Column<int>(type: "integer", nullable: false),
                    Disclaimer = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    PosturalSeriesSlug = table.Column<string>(type: "character varying(191)", maxLength: 191, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BackCareSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InversionSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Device = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AngleDegrees = table.Column<int>(type: "integer", nullable: false),
                    Minutes = table.Column<int>(type: "integer", nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PainBefore = table.Column<int>(type: "integer", nullable: true),
                    PainAfter = table.Column<int>(type: "integer", nullable: true),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InversionSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InversionSessions_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PainEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Area = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PainEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PainEntries_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SelfChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    AnsweredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    HighBloodPressure = table.Column<bool>(type: "boolean", nullable: false),
                    HeartDisease = table.Column<bool>(type: "boolean", nullable: false),
                    Glaucoma = table.Column<bool>(type: "boolean", nullable: false),
                    Pregnancy = table.Column<bool>(type: "boolean", nullable: false),
                    RecentSurgery = table.Column<bool>(type: "boolean", nullable: false),
                    Osteoporosis = table.Column<bool>(type: "boolean", nullable: false),
                    ClearedByDoctor = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SelfChecks_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "BackCareSettings",
                columns: new[] { "Id", "Disclaimer", "MaxAngleDegrees", "MaxMinutes", "PosturalSeriesSlug" },
                values: new object[] { 1, "These tools are not medical advice. Stop if anything hurts, and ask your doctor before you start inverting.", 60, 10, "postural-therapy-basics" });

            migrationBuilder.CreateIndex(
                name: "IX_InversionSessions_MemberId_StartedAtUtc",
                table: "InversionSessions",
                columns: new[] { "MemberId", "StartedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PainEntries_MemberId_RecordedAtUtc",
                table: "PainEntries",
                columns: new[] { "MemberId", "RecordedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SelfChecks_MemberId_AnsweredAtUtc",
                table: "SelfChecks",
                columns: new[] { "MemberId", "AnsweredAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BackCareSettings");

            migrationBuilder.DropTable(
                name: "InversionSessions");

            migrationBuilder.DropTable(
                name: "PainEntries");

            migrationBuilder.DropTable(
                name: "SelfChecks");
        }
    }
}
