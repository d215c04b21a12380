namespace JapanRussia.Web.Tests.Api;

[Collection(ApiTestGroup.Name)]
public sealed class SqliteSourcesAndReferenceApiTests(ApiFactory factory) : SourcesAndReferenceApiTests(factory);
