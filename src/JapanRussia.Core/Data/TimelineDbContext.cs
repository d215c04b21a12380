using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Data;

/// <summary>The store's model; on SQLite this type itself, on PostgreSQL <see cref="PostgresTimelineDbContext"/> (its own migrations).</summary>
public class TimelineDbContext : DbContext
{
    public TimelineDbContext(DbContextOptions<TimelineDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's own context type, whose migrations are kept apart from SQLite's.</summary>
    protected TimelineDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();

    public DbSet<PassageRecord> Passages => Set<PassageRecord>();

    public DbSet<EventRecord> Events => Set<EventRecord>();

    public DbSet<EventSourceRecord> EventSources => Set<EventSourceRecord>();

    public DbSet<EventTopic> EventTopics => Set<EventTopic>();

    public DbSet<EventEntity> EventEntities => Set<EventEntity>();

    public DbSet<Era> Eras => Set<Era>();

    public DbSet<Topic> Topics => Set<Topic>();

    public DbSet<IngestionState> IngestionStates => Set<IngestionState>();

    /// <summary>The provider's own SQL (search index, page reader, timeline walk, bulk writer, maintenance): SQLite's here.</summary>
    internal virtual StoreSeams Seams => StoreSeams.Sqlite;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TimelineDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Enums as words keep the database readable with any SQLite tool.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(16);
    }
}
