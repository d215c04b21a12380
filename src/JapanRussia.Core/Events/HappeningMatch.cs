using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Events;

/// <summary>A mention found to state <paramref name="Happening"/>, and which of its acts (signing, ratification, outbreak…).</summary>
public sealed record HappeningMatch(NamedHappening Happening, string Act, string Title)
{
    /// <summary>Mentions with one key state one happening: the happening and the act.</summary>
    public string Key => Happening.Id + ":" + Act;
}
