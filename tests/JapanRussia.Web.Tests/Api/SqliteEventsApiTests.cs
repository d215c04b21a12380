namespace JapanRussia.Web.Tests.Api;

[Collection(ApiTestGroup.Name)]
public sealed class SqliteEventsApiTests(ApiFactory factory) : EventsApiTests(factory);
