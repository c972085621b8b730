using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Limber.Infrastructure.Data.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    MaxAttempts = table.Column<int>(type: "integer", nullable: false),
                    RunAfterUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LockedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LockedUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    json_build_object('toAddress', "ToAddress", 'toName', "ToName", 'subject', "Subject", 'textBody', "TextBody",
                        'htmlBody', "HtmlBody", 'unsubscribeUrl', "UnsubscribeUrl")::text,
                    CASE WHEN "Attempts" >= 12 THEN 'Failed' ELSE 'Queued' END,
                    LEAST("Attempts", 12), 12, "NextAttemptAtUtc", "LastError", "CreatedAtUtc",
                    CASE WHEN "Attempts" >= 12 THEN now() END
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    HtmlBody = table.Column<string>(type: "text", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TextBody = table.Column<string>(type: "text", nullable: false),
                    ToAddress = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ToName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UnsubscribeUrl = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
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
                SELECT "Id", "Payload"::json ->> 'toAddress', "Payload"::json ->> 'toName', "Payload"::json ->> 'subject',
                    "Payload"::json ->> 'textBody', "Payload"::json ->> 'htmlBody', "Payload"::json ->> 'unsubscribeUrl',
                    "CreatedAtUtc", "RunAfterUtc", CASE WHEN "State" = 'Failed' THEN 12 ELSE "Attempts" END, "LastError"
                FROM "Jobs"
                WHERE "Kind" = 'email' AND "State" <> 'Succeeded';
                """);

            migrationBuilder.DropTable(
                name: "Jobs");
        }
    }
}
