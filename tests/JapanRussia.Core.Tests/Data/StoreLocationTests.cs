using JapanRussia.Core.Data;

namespace JapanRussia.Core.Tests.Data;

public sealed class StoreLocationTests
{
    [Theory]
    [InlineData("data/timeline.db", StoreProvider.Sqlite)]
    [InlineData("/tmp/a=b;c.db", StoreProvider.Sqlite)]
    [InlineData("Host=db.example;Database=timeline", StoreProvider.PostgreSql)]
    [InlineData("host=127.0.0.1;port=5440;username=app;database=t", StoreProvider.PostgreSql)]
    [InlineData("Server=db;Database=timeline;Password=secret", StoreProvider.PostgreSql)]
    public void AConnectionStringWithAHostChoosesPostgreSql(string value, StoreProvider expected)
    {
        Assert.Equal(expected, StoreLocation.Parse(value).Provider);
    }

    [Fact]
    public void AFileIsMadeAbsolute()
    {
        Assert.Equal(Path.GetFullPath("data/timeline.db"), StoreLocation.Parse("data/timeline.db").Value);
    }

    [Fact]
    public void TheDisplayedLocationNeverShowsThePassword()
    {
        var shown = StoreLocation.Parse("Host=db.example;Port=5433;Database=timeline;Username=app;Password=hunter2").Display;
        Assert.Equal("PostgreSQL db.example:5433/timeline", shown);
    }
}
