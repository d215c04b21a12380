using JapanRussia.Core.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JapanRussia.Core.JapanRussia.Core.Data.Migrations
{
    /// <summary>
    /// Which event each full-text index row belongs to, by row number. The index's own EventId column lives beside the
    /// indexed text, so reading it for thousands of hits reads that text too; this table is small and keyed by the row.
    /// Outside the EF model like the index itself (kept in step by JapanRussia.Core.Search.SearchIndex), so this
    /// migration is written by hand and changes no snapshot.
    /// </summary>
    [DbContext(typeof(TimelineDbContext))]
    [Migration("20261122161500_AddSearchRows")]
    public partial class AddSearchRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TABLE SearchRows (Row INTEGER PRIMARY KEY, EventId TEXT NOT NULL);");
            migrationBuilder.Sql("CREATE UNIQUE INDEX IX_SearchRows_EventId ON SearchRows (EventId);");

            // One row per event is what the index holds; should a stray duplicate exist, its first row is the one mapped.
            migrationBuilder.Sql("INSERT OR IGNORE INTO SearchRows (Row, EventId) SELECT rowid, EventId FROM SearchIndex ORDER BY rowid;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS SearchRows;");
        }
    }
}
