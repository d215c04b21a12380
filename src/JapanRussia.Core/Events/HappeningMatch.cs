using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Events;

/// <summary>A mention found to state <paramref name="Happening"/>, and which of its acts (signing, ratification, outbreak…).</summary>
/// <param name="Trigger">The words of the mention's clause that name or describe the happening.</param>
public sealed record HappeningMatch(NamedHappening Happening, string Act, string Title, string Trigger)
{
    /// <summary>Mentions with one key state one happening: the happening and the act.</summary>
    public string Key => Happening.Id + ":" + Act;
}
