namespace JapanRussia.Web.Tests.Api;

[Collection(PostgresApiTestGroup.Name)]
public sealed class PostgresEventsApiTests(PostgresApiFactory factory) : EventsApiTests(factory);
