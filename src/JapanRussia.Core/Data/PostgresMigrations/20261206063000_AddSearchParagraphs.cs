using JapanRussia.Core.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JapanRussia.Core.Data.PostgresMigrations
{
    /// <summary>
    /// The full-text index gains the paragraphs that hold an event's sentences, weighted C (below titles A and sentences
    /// B), as SQLite's AddSearchParagraphs gave FTS5 a Paragraphs column: names beside the sentence ("Noda", "Iturup")
    /// find the event. The tsvector column stays; every row is rewritten from the stored events. Outside the EF model
    /// like the index itself: written by hand, no snapshot change.
    /// </summary>
    [DbContext(typeof(PostgresTimelineDbContext))]
    [Migration("20261206063000_AddSearchParagraphs")]
    public partial class AddSearchParagraphs : Migration
    {
        private const string Title = "setweight(to_tsvector('english', unaccent(e.\"Title\")), 'A')";

        private const string Sentences =
            "setweight(to_tsvector('english', unaccent(coalesce((SELECT string_agg(s.\"Excerpt\", E'\\n' ORDER BY s.\"Id\") " +
            "FROM \"EventSources\" AS s WHERE s.\"EventId\" = e.\"Id\"), ''))), 'B')";

        private const string Paragraphs =
            "setweight(to_tsvector('english', unaccent(coalesce((SELECT string_agg(p.\"Text\", E'\\n' ORDER BY p.\"Id\") FROM \"Passages\" AS p " +
            "WHERE p.\"Id\" IN (SELECT s.\"PassageId\" FROM \"EventSources\" AS s WHERE s.\"EventId\" = e.\"Id\")), ''))), 'C')";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, $"{Title} || {Sentences} || {Paragraphs}");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, $"{Title} || {Sentences}");

        private static void Rebuild(MigrationBuilder migrationBuilder, string document)
        {
            migrationBuilder.Sql("DELETE FROM \"SearchIndex\";");
            migrationBuilder.Sql($"INSERT INTO \"SearchIndex\" (\"EventId\", \"Document\") SELECT e.\"Id\", {document} FROM \"Events\" AS e;");
        }
    }
}
