namespace JapanRussia.Web.Tests.Api;

[Collection(PostgresDisagreementApiTestGroup.Name)]
public sealed class PostgresDisagreementFilterTests(PostgresDisagreementApiFactory factory) : DisagreementFilterTests(factory);
