namespace JapanRussia.Web.Api;

public sealed record TopicView(string Id, string Name, int Events);
