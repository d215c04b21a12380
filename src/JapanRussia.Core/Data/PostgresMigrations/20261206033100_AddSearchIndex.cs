using JapanRussia.Core.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JapanRussia.Core.Data.PostgresMigrations
{
    /// <summary>
    /// The PostgreSQL full-text index: one <c>tsvector</c> per event (title weighted A, source sentences B; English
    /// stemming; accents folded by <c>unaccent</c>) under a GIN index. Outside the EF model like
    /// SQLite's FTS5 table (kept in step by JapanRussia.Core.Search.PostgresSearchIndex), so written by hand.
    /// </summary>
    [DbContext(typeof(PostgresTimelineDbContext))]
    [Migration("20261206033100_AddSearchIndex")]
    public partial class AddSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent;");
            migrationBuilder.Sql(
                "CREATE TABLE \"SearchIndex\" (\"EventId\" character varying(32) COLLATE \"C\" PRIMARY KEY, \"Document\" tsvector NOT NULL);");
            migrationBuilder.Sql("CREATE INDEX \"IX_SearchIndex_Document\" ON \"SearchIndex\" USING GIN (\"Document\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"SearchIndex\";");
        }
    }
}
