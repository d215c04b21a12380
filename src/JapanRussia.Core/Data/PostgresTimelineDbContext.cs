using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Data;

/// <summary>
/// The store's model on PostgreSQL. Its own type, so that its migrations (Data/PostgresMigrations) are kept apart
/// from SQLite's; the model is the same but for text, which compares byte by byte ("C" collation) as in SQLite, so
/// that both stores order ids, names and titles alike and export the same bytes.
/// </summary>
public sealed class PostgresTimelineDbContext(DbContextOptions<PostgresTimelineDbContext> options) : TimelineDbContext(options)
{
    public const string OrdinalCollation = "C";

    internal override StoreSeams Seams => StoreSeams.Postgres;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()).Where(p => p.ClrType == typeof(string)))
        {
            property.SetCollation(OrdinalCollation);
        }
    }
}
