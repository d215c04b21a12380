namespace JapanRussia.Web.Api;

public sealed record TopicList(IReadOnlyList<TopicView> Topics);
