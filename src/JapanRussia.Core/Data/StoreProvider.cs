namespace JapanRussia.Core.Data;

/// <summary>Which database engine holds the store.</summary>
public enum StoreProvider
{
    /// <summary>One file on this machine: the default, nothing to set up.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database shared by several web nodes and an ingestion.</summary>
    PostgreSql,
}
