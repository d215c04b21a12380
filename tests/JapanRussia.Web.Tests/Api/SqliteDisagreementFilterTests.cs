namespace JapanRussia.Web.Tests.Api;

[Collection(DisagreementApiTestGroup.Name)]
public sealed class SqliteDisagreementFilterTests(DisagreementApiFactory factory) : DisagreementFilterTests(factory);
