using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Limber.Infrastructure.Data.Migrations.Sqlite
{
    /// <summary>
    /// Comments and notifications belong to a target (kind + id) instead of an article
    /// (docs/decisions/0014): ArticleId becomes TargetId, keeping every value, and every existing
    /// thread and notification is of kind "article". Workouts get their comments switch, on.
    /// The kind is filled by the new columns' default rather than an UPDATE: SQLite rebuilds the
    /// comments table (to drop the article key) after every other step, and SQL run before that
    /// rebuild is what EF warns about. The rebuilt table has no default; the notifications keep it.
    /// </summary>
    public partial class CommentTargets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Comments_Articles_ArticleId",
                table: "Comments");

            migrationBuilder.DropIndex(
                name: "IX_Comments_ArticleId_Depth_Id",
                table: "Comments");

            migrationBuilder.DropIndex(
                name: "IX_Comments_ArticleId_RootId_Path",
                table: "Comments");

            migrationBuilder.DropIndex(
                name: "IX_Comments_ArticleId_Status_DeletedByAuthor",
                table: "Comments");

            migrationBuilder.RenameColumn(
                name: "ArticleTitle",
                table: "Notifications",
                newName: "TargetTitle");

            migrationBuilder.RenameColumn(
                name: "ArticleId",
                table: "Comments",
                newName: "TargetId");

            migrationBuilder.AddColumn<bool>(
                name: "CommentsEnabled",
                table: "Workouts",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "TargetKind",
                table: "Notifications",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "article");

            migrationBuilder.AddColumn<string>(
                name: "TargetKind",
                table: "Comments",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "article");

            migrationBuilder.CreateIndex(
                name: "IX_Comments_TargetKind_TargetId_Depth_Id",
                table: "Comments",
                columns: new[] { "TargetKind", "TargetId", "Depth", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Comments_TargetKind_TargetId_RootId_Path",
                table: "Comments",
                columns: new[] { "TargetKind", "TargetId", "RootId", "Path" });

            migrationBuilder.CreateIndex(
                name: "IX_Comments_TargetKind_TargetId_Status_DeletedByAuthor",
                table: "Comments",
                columns: new[] { "TargetKind", "TargetId", "Status", "DeletedByAuthor" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Only an article's thread fits back under an article: the others (and what announced their replies) go.
            migrationBuilder.Sql("""DELETE FROM "Notifications" WHERE "CommentId" IN (SELECT "Id" FROM "Comments" WHERE "TargetKind" <> 'article');""");
            migrationBuilder.Sql("""DELETE FROM "CommentReports" WHERE "CommentId" IN (SELECT "Id" FROM "Comments" WHERE "TargetKind" <> 'article');""");
            // Deepest first (conversations stop at depth 40): a reply's parent may not go before it (ParentId restricts).
            for (var depth = 40; depth >= 0; depth--)
            {
                migrationBuilder.Sql($"""DELETE FROM "Comments" WHERE "TargetKind" <> 'article' AND "Depth" = {depth};""");
            }

            migrationBuilder.DropIndex(
                name: "IX_Comments_TargetKind_TargetId_Depth_Id",
                table: "Comments");

            migrationBuilder.DropIndex(
                name: "IX_Comments_TargetKind_TargetId_RootId_Path",
                table: "Comments");

            migrationBuilder.DropIndex(
                name: "IX_Comments_TargetKind_TargetId_Status_DeletedByAuthor",
                table: "Comments");

            migrationBuilder.DropColumn(
                name: "CommentsEnabled",
                table: "Workouts");

            migrationBuilder.DropColumn(
                name: "TargetKind",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "TargetKind",
                table: "Comments");

            migrationBuilder.RenameColumn(
                name: "TargetTitle",
                table: "Notifications",
                newName: "ArticleTitle");

            migrationBuilder.RenameColumn(
                name: "TargetId",
                table: "Comments",
                newName: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_Comments_ArticleId_Depth_Id",
                table: "Comments",
                columns: new[] { "ArticleId", "Depth", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Comments_ArticleId_RootId_Path",
                table: "Comments",
                columns: new[] { "ArticleId", "RootId", "Path" });

            migrationBuilder.CreateIndex(
                name: "IX_Comments_ArticleId_Status_DeletedByAuthor",
                table: "Comments",
                columns: new[] { "ArticleId", "Status", "DeletedByAuthor" });

            migrationBuilder.AddForeignKey(
                name: "FK_Comments_Articles_ArticleId",
                table: "Comments",
                column: "ArticleId",
                principalTable: "Articles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
