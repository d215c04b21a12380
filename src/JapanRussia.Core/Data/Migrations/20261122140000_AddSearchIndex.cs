using JapanRussia.Core.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JapanRussia.Core.JapanRussia.Core.Data.Migrations
{
    /// <summary>
    /// The FTS5 full-text index over event titles and source excerpts. It is a virtual table outside the EF model
    /// (kept in step by JapanRussia.Core.Search.SearchIndex), so this migration is written by hand and changes no snapshot.
    /// </summary>
    [DbContext(typeof(TimelineDbContext))]
    [Migration("20261122140000_AddSearchIndex")]
    public partial class AddSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Porter stemming; diacritics folded ("Keizō" finds "Keizo"); prefix indexes so that search-as-you-type stays fast.
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE SearchIndex USING fts5(EventId UNINDEXED, Title, Excerpts, " +
                "tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3');");
            migrationBuilder.Sql(
                "INSERT INTO SearchIndex (EventId, Title, Excerpts) " +
                "SELECT e.Id, e.Title, (SELECT group_concat(s.Excerpt, char(10)) FROM EventSources AS s WHERE s.EventId = e.Id) FROM Events AS e;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS SearchIndex;");
        }
    }
}
