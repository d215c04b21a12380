namespace JapanRussia.Web.Tests.Api;

[Collection(PostgresApiTestGroup.Name)]
public sealed class PostgresExportApiTests(PostgresApiFactory factory) : ExportApiTests(factory);
