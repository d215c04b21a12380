namespace JapanRussia.Web.Tests.Api;

[Collection(PostgresApiTestGroup.Name)]
public sealed class PostgresSourcesAndReferenceApiTests(PostgresApiFactory factory) : SourcesAndReferenceApiTests(factory);
