namespace JapanRussia.Core.Events;

/// <summary>A growing group of nodes, with what the merge rules need to know about it kept up to date.</summary>
internal sealed class MergeCluster
{
    public MergeCluster(int root, MergeNode node)
    {
        Root = root;
        Nodes = [root];
        CommonStart = node.Date.Start;
        CommonEnd = node.Date.End;
        FirstYear = LastYear = node.Date.Start.Year;
        Happening = node.Happening;
        if (node.LifecycleAct is { } act)
        {
            Acts.Add(act);
        }

        foreach (var mention in node.Mentions)
        {
            Sentences.Add((mention.DocumentFileName, mention.Sentence.Start));
            if (mention.Entities.FirstOrDefault(e => e.Kind == EntityKind.Person) is { } agent)
            {
                Agents.Add(agent.Name);
            }
        }
    }

    public int Root { get; }

    public List<int> Nodes { get; }

    public HashSet<string> Agents { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Acts { get; } = new(StringComparer.Ordinal);

    public HashSet<(string Document, int Start)> Sentences { get; } = [];

    public string? Happening { get; private set; }

    public DateOnly CommonStart { get; private set; }

    public DateOnly CommonEnd { get; private set; }

    public int FirstYear { get; private set; }

    public int LastYear { get; private set; }

    public bool DatesAgreeWith(MergeCluster other) =>
        MergeDates.Later(CommonStart, other.CommonStart) <= MergeDates.Earlier(CommonEnd, other.CommonEnd);

    public int YearsSpannedWith(MergeCluster other) => Math.Max(LastYear, other.LastYear) - Math.Min(FirstYear, other.FirstYear);

    /// <summary>
    /// Two named happenings (or two acts of one) are two events. Two statements whose first-named people differ
    /// ("Putin proposed…", "Abe followed up on…") are two happenings unless both name one happening; so are two
    /// mentions of one sentence ("Putin's 2000 Tokyo visit and Koizumi's 2003 trip"), and a document drafted and
    /// one signed, even on one day.
    /// </summary>
    public bool ConflictsWith(MergeCluster other)
    {
        if (Sentences.Overlaps(other.Sentences))
        {
            return true;
        }

        if (Happening is not null && other.Happening is not null)
        {
            return Happening != other.Happening;
        }

        return (Agents.Count > 0 && other.Agents.Count > 0 && !Agents.Overlaps(other.Agents)) ||
               (Acts.Count > 0 && other.Acts.Count > 0 && !Acts.Overlaps(other.Acts));
    }

    public void Absorb(MergeCluster other)
    {
        Nodes.AddRange(other.Nodes);
        Agents.UnionWith(other.Agents);
        Acts.UnionWith(other.Acts);
        Sentences.UnionWith(other.Sentences);
        Happening ??= other.Happening;
        CommonStart = MergeDates.Later(CommonStart, other.CommonStart);
        CommonEnd = MergeDates.Earlier(CommonEnd, other.CommonEnd);
        FirstYear = Math.Min(FirstYear, other.FirstYear);
        LastYear = Math.Max(LastYear, other.LastYear);
    }
}
