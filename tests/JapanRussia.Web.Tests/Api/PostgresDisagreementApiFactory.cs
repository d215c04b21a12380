using JapanRussia.Core.Tests.Support;

namespace JapanRussia.Web.Tests.Api;

/// <summary><see cref="DisagreementApiFactory"/> on a database of its own on the test PostgreSQL server.</summary>
public sealed class PostgresDisagreementApiFactory : DisagreementApiFactory
{
    private readonly Lazy<string> _database = new(() => PostgresServer.Shared.NewDatabase("disagree"));

    public override string DatabasePath => _database.Value;
}

[CollectionDefinition(Name)]
public sealed class PostgresDisagreementApiTestGroup : ICollectionFixture<PostgresDisagreementApiFactory>
{
    public const string Name = "api-disagreement-postgres";
}
