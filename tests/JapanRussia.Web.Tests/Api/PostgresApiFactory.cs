using JapanRussia.Core.Tests.Support;

namespace JapanRussia.Web.Tests.Api;

/// <summary>The real app over HTTP on a database of its own on the test PostgreSQL server, ingesting the seeds on start.</summary>
public sealed class PostgresApiFactory : ApiFactory
{
    private readonly Lazy<string> _database = new(() => PostgresServer.Shared.NewDatabase("api"));

    public override string DatabasePath => _database.Value;
}

[CollectionDefinition(Name)]
public sealed class PostgresApiTestGroup : ICollectionFixture<PostgresApiFactory>
{
    public const string Name = "api-postgres";
}
