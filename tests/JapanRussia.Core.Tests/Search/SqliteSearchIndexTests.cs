namespace JapanRussia.Core.Tests.Search;

/// <summary>The shared search tests on SQLite's FTS5 index.</summary>
public sealed class SqliteSearchIndexTests(SeededDatabase database) : SearchIndexTests(database), IClassFixture<SeededDatabase>;
