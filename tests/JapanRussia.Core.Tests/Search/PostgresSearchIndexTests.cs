namespace JapanRussia.Core.Tests.Search;

/// <summary>The shared search tests on PostgreSQL's tsvector index.</summary>
public sealed class PostgresSearchIndexTests(PostgresSeededDatabase database) : SearchIndexTests(database), IClassFixture<PostgresSeededDatabase>;
