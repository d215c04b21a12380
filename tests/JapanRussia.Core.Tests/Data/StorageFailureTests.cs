using JapanRussia.Core.Data;
using Microsoft.Data.Sqlite;

namespace JapanRussia.Core.Tests.Data;

/// <summary>A storage failure is described as what happened: a read error is not called a full disk, nor only corruption.</summary>
public sealed class StorageFailureTests
{
    [Theory]
    [InlineData(10, 266, "the disk failed while reading the database file (an I/O error).")]
    [InlineData(10, 522, "the disk failed while reading the database file (an I/O error).")]
    [InlineData(10, 8458, "the disk failed while reading the database file (an I/O error).")]
    [InlineData(10, 778, "a disk I/O error occurred (is the disk full or read-only?).")]
    [InlineData(11, 11, "the database file is corrupt, or the disk failed while reading it.")]
    [InlineData(13, 13, "the disk is full.")]
    public void AStorageFailureIsDescribedByWhatSqliteReports(int code, int extendedCode, string expected)
    {
        var failure = new SqliteException("SQLite Error", code, extendedCode);

        Assert.Equal(expected, TimelineDatabase.DescribeFailure(failure));
    }
}
