using System.Data.Common;

namespace JapanRussia.Core.Data;

/// <summary>
/// Where the store is: a SQLite file path, or a PostgreSQL connection string (<c>Host=…;Database=…</c>). The value
/// given to <c>--db</c> or <c>Timeline:Database</c> chooses: a connection string with a host is PostgreSQL, anything
/// else is a file.
/// </summary>
public sealed record StoreLocation(StoreProvider Provider, string Value)
{
    private static readonly string[] HostKeys = ["Host", "Server"];

    public bool IsPostgreSql => Provider == StoreProvider.PostgreSql;

    /// <summary>The location <paramref name="value"/> names; a file path is made absolute.</summary>
    public static StoreLocation Parse(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return LooksLikeConnectionString(value)
            ? new StoreLocation(StoreProvider.PostgreSql, value)
            : new StoreLocation(StoreProvider.Sqlite, Path.GetFullPath(value));
    }

    /// <summary>For logs and messages: the file, or the server and database without the password.</summary>
    public string Display => IsPostgreSql ? PostgresDatabase.Describe(Value) : Value;

    public override string ToString() => Display;

    private static bool LooksLikeConnectionString(string value)
    {
        if (!value.Contains('=', StringComparison.Ordinal) || !value.Contains(';', StringComparison.Ordinal) && !HostKeys.Any(k => value.StartsWith(k, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        try
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = value };
            return HostKeys.Any(builder.ContainsKey);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
