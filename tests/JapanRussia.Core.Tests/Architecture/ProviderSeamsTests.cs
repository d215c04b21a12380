using System.Text.RegularExpressions;

namespace JapanRussia.Core.Tests.Architecture;

/// <summary>
/// What differs by provider lives behind the store's seams (Data/StoreSeams: maintenance, search index, page reader,
/// timeline walk, bulk writer), chosen once with the context type: no code of src/ asks which provider it runs on.
/// </summary>
public sealed partial class ProviderSeamsTests
{
    [Fact]
    public void NoSourceAsksWhichProviderItRunsOn()
    {
        var asking = SourceTree.Files()
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => SourceTree.Lines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => ProviderQuestion().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(asking.Count == 0, "Provider checks outside the seams:\n" + string.Join('\n', asking));
    }

    [GeneratedRegex(@"\.Is(Npgsql|Sqlite|Relational)\(\)", RegexOptions.NonBacktracking)]
    private static partial Regex ProviderQuestion();
}
