using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Limber.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class JobQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Jobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    RunAfterUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LockedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LockedUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Jobs", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_State_RunAfterUtc",
                table: "Jobs",
                columns: new[] { "State", "RunAfterUtc" });

            // Queued and dead outbox mail becomes email jobs with the same ids (so the same Message-Id), none lost
            // by the upgrade; mail already sent is not carried over. 12 was the outbox's number of tries.
            migrationBuilder.Sql("""
                INSERT INTO "Jobs" ("Id", "Kind", "Payload", "State", "Attempts", "MaxAttempts", "RunAfterUtc", "LastError", "CreatedAtUtc", "FinishedAtUtc")
                SELECT "Id", 'email',
                    json_object('toAddress', "ToAddress", 'toName', "ToName", 'subject', "Subject", 'textBody', "TextBody",
                        'htmlBody', "HtmlBody", 'unsubscribeUrl', "UnsubscribeUrl"),
                    CASE WHEN "Attempts" >= 12 THEN 'Failed' ELSE 'Queued' END,
                    MIN("Attempts", 12), 12, "NextAttemptAtUtc", "LastError", "CreatedAtUtc",
                    CASE WHEN "Attempts" >= 12 THEN strftime('%Y-%m-%d %H:%M:%f', 'now') END
                FROM "EmailOutbox"
                WHERE "SentAtUtc" IS NULL;
                """);

            migrationBuilder.DropTable(
                name: "EmailOutbox");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EmailOutbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    HtmlBody = table.Column<string>(type: "TEXT", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TextBody = table.Column<string>(type: "TEXT", nullable: false),
                    ToAddress = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ToName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UnsubscribeUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmailOutbox", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EmailOutbox_SentAtUtc_NextAttemptAtUtc",
                table: "EmailOutbox",
                columns: new[] { "SentAtUtc", "NextAttemptAtUtc" });

            migrationBuilder.Sql("""
                INSERT INTO "EmailOutbox" ("Id", "ToAddress", "ToName", "Subject", "TextBody", "HtmlBody", "UnsubscribeUrl", "CreatedAtUtc", "NextAttemptAtUtc", "Attempts", "LastError")
                SELECT "Id", json_extract("Payload", '$.toAddress'), json_extract("Payload", '$.toName'), json_extract("Payload", '$.subject'),
                    json_extract("Payload", '$.textBody'), json_extract("Payload", '$.htmlBody'), json_extract("Payload", '$.unsubscribeUrl'),
                    "CreatedAtUtc", "RunAfterUtc", CASE WHEN "State" = 'Failed' THEN 12 ELSE "Attempts" END, "LastError"
                FROM "Jobs"
                WHERE "Kind" = 'email' AND "State" <> 'Succeeded';
                """);

            migrationBuilder.DropTable(
                name: "Jobs");
        }
    }
}
