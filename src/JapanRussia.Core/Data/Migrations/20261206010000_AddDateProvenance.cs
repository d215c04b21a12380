using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JapanRussia.Core.JapanRussia.Core.Data.Migrations
{
    /// <summary>
    /// How each date was obtained: per source, the kind (stated, dual-dated, converted, completed, worked out), the
    /// source's own words and the anchor it leans on; per event, the strongest kind and its note. Rows written before
    /// this are stated, which is what the extraction claimed for them; the next ingestion re-extracts them.
    /// </summary>
    public partial class AddDateProvenance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(name: "DateProvenance", table: "Events", type: "TEXT", maxLength: 16, nullable: false, defaultValue: "Stated");
            migrationBuilder.AddColumn<string>(name: "DateNote", table: "Events", type: "TEXT", maxLength: 400, nullable: true);
            migrationBuilder.AddColumn<string>(name: "DateProvenance", table: "EventSources", type: "TEXT", maxLength: 16, nullable: false, defaultValue: "Stated");
            migrationBuilder.AddColumn<string>(name: "DatePhrase", table: "EventSources", type: "TEXT", maxLength: 200, nullable: true);
            migrationBuilder.AddColumn<string>(name: "DateAnchor", table: "EventSources", type: "TEXT", maxLength: 16, nullable: false, defaultValue: "None");
            migrationBuilder.AddColumn<string>(name: "DateAnchorDate", table: "EventSources", type: "TEXT", maxLength: 100, nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(name: "DateProvenance", table: "Events");
            migrationBuilder.DropColumn(name: "DateNote", table: "Events");
            migrationBuilder.DropColumn(name: "DateProvenance", table: "EventSources");
            migrationBuilder.DropColumn(name: "DatePhrase", table: "EventSources");
            migrationBuilder.DropColumn(name: "DateAnchor", table: "EventSources");
            migrationBuilder.DropColumn(name: "DateAnchorDate", table: "EventSources");
        }
    }
}
