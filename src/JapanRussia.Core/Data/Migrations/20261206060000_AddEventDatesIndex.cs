using JapanRussia.Core.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JapanRussia.Core.JapanRussia.Core.Data.Migrations
{
    /// <summary>
    /// An event's dates and era by its id, in an index of their own: a free-text search with years or an era looks up
    /// every hit's event for them, and through the primary key that reads the event's whole row (two searches and the
    /// row's pages, title and all); this index answers it in one search of a small index (at 100,000 events a ranked
    /// page of 10,000 hits: 122 → 50 ms, docs/performance.md). SQLite only and outside the EF model (PostgreSQL reads
    /// the dates through its own plans), so this migration is written by hand and changes no snapshot.
    /// </summary>
    [DbContext(typeof(TimelineDbContext))]
    [Migration("20261206060000_AddEventDatesIndex")]
    public partial class AddEventDatesIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS IX_Events_Id_StartDate_EndDate_EraId ON Events (Id, StartDate, EndDate, EraId);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS IX_Events_Id_StartDate_EndDate_EraId;");
        }
    }
}
