using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JapanRussia.Core.JapanRussia.Core.Data.Migrations
{
    /// <summary>
    /// Who published each document ("AP News"), read from front matter, the page's furniture or its address. Rows
    /// written before this have none; the next ingestion describes unchanged documents again (DocumentDescriptions).
    /// </summary>
    public partial class AddDocumentPublisher : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(name: "Publisher", table: "Documents", type: "TEXT", maxLength: 400, nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(name: "Publisher", table: "Documents");
        }
    }
}
