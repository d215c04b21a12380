using JapanRussia.Core.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JapanRussia.Core.JapanRussia.Core.Data.Migrations
{
    /// <summary>
    /// The full-text index gains a Paragraphs column: the passages that hold an event's sentences, so that names beside
    /// the sentence ("Noda", "Iturup") find the event, ranked below title and sentence. FTS5 cannot add a column, so
    /// the index is dropped and rebuilt from the stored events under the row numbers SearchRows already gives them.
    /// Outside the EF model like the index itself: written by hand, no snapshot change.
    /// </summary>
    [DbContext(typeof(TimelineDbContext))]
    [Migration("20261206033000_AddSearchParagraphs")]
    public partial class AddSearchParagraphs : Migration
    {
        private const string Excerpts = "(SELECT group_concat(s.Excerpt, char(10)) FROM EventSources AS s WHERE s.EventId = e.Id)";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            const string paragraphs =
                "(SELECT group_concat(p.Text, char(10)) FROM Passages AS p WHERE p.Id IN (SELECT s.PassageId FROM EventSources AS s WHERE s.EventId = e.Id))";
            Rebuild(migrationBuilder, "EventId UNINDEXED, Title, Excerpts, Paragraphs", "rowid, EventId, Title, Excerpts, Paragraphs", $"m.Row, e.Id, e.Title, {Excerpts}, {paragraphs}");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Rebuild(migrationBuilder, "EventId UNINDEXED, Title, Excerpts", "rowid, EventId, Title, Excerpts", $"m.Row, e.Id, e.Title, {Excerpts}");
        }

        private static void Rebuild(MigrationBuilder migrationBuilder, string columns, string insertColumns, string values)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS SearchIndex;");

            // Porter stemming; diacritics folded; prefix indexes for search as you type: as AddSearchIndex made it.
            migrationBuilder.Sql($"CREATE VIRTUAL TABLE SearchIndex USING fts5({columns}, tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3');");
            migrationBuilder.Sql($"INSERT INTO SearchIndex ({insertColumns}) SELECT {values} FROM SearchRows AS m INNER JOIN Events AS e ON e.Id = m.EventId;");
        }
    }
}
