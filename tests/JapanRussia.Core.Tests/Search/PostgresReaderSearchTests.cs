namespace JapanRussia.Core.Tests.Search;

/// <summary>Search as a reader means it, on PostgreSQL's tsvector index (english stemming, paragraphs weighted C).</summary>
public sealed class PostgresReaderSearchTests(PostgresSeededDatabase database) : ReaderSearchTests(database), IClassFixture<PostgresSeededDatabase>;
