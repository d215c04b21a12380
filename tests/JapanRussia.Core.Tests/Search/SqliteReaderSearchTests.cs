namespace JapanRussia.Core.Tests.Search;

/// <summary>Search as a reader means it, on SQLite's FTS5 index (porter stemming, a Paragraphs column).</summary>
public sealed class SqliteReaderSearchTests(SeededDatabase database) : ReaderSearchTests(database), IClassFixture<SeededDatabase>;
