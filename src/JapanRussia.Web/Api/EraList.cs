namespace JapanRussia.Web.Api;

public sealed record EraList(IReadOnlyList<EraView> Eras);
