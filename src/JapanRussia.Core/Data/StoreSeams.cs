using JapanRussia.Core.Ingestion;
using JapanRussia.Core.Queries;
using JapanRussia.Core.Search;

namespace JapanRussia.Core.Data;

/// <summary>
/// The parts of the store whose SQL differs by provider, each written once per provider behind a small interface and
/// chosen once, with the context type the store location gives (<see cref="TimelineDbContext"/> for SQLite,
/// <see cref="PostgresTimelineDbContext"/> for PostgreSQL): nothing else asks which provider it runs on. Everything
/// outside these goes through EF Core alike.
/// </summary>
/// <param name="Maintenance">Migrating, checking, planner statistics, and a read or ingestion connection's settings.</param>
/// <param name="Search">The full-text index.</param>
/// <param name="Hits">The page reader of full-text hits with the other filters.</param>
/// <param name="Walk">The walk of the timeline index that finds a near page by probing events; none on PostgreSQL, whose planner joins the lists itself.</param>
/// <param name="SourceEvents">The reader of a filter with sources and no free text from the sources' events outward; none on PostgreSQL.</param>
/// <param name="BulkWriter">Ingestion's writer, in the caller's transaction.</param>
internal sealed record StoreSeams(
    IStoreMaintenance Maintenance, ISearchIndex Search, IFilteredHits Hits, ITimelineWalk? Walk, ISourceEvents? SourceEvents, Func<TimelineDbContext, IBulkWriter> BulkWriter)
{
    public static StoreSeams Sqlite { get; } = new(
        SqliteMaintenance.Instance, SqliteSearchIndex.Instance, FilteredHits.Sqlite, SqliteTimelineWalkSeam.Instance,
        SqliteSourceEventsSeam.Instance, context => new BulkWriter(context));

    public static StoreSeams Postgres { get; } = new(
        PostgresMaintenance.Instance, PostgresSearchIndex.Instance, PostgresFilteredHits.Instance, Walk: null, SourceEvents: null,
        context => new PostgresBulkWriter(context));
}
