namespace JapanRussia.Web.Tests.Api;

[Collection(ApiTestGroup.Name)]
public sealed class SqliteExportApiTests(ApiFactory factory) : ExportApiTests(factory);
