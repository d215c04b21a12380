using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JapanRussia.Core.Data.PostgresMigrations
{
    /// <summary>Who published each document ("AP News"), as SQLite's migration of the same name.</summary>
    public partial class AddDocumentPublisher : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Publisher",
                table: "Documents",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true,
                collation: "C");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Publisher",
                table: "Documents");
        }
    }
}
