using JapanRussia.Core.Export;

namespace JapanRussia.Core.Tests.Export;

internal static class ExportSamples
{
    public static EventDocument Event(
        string id = "e1", string start = "1956-10-19", string end = "1956-10-19", string precision = "day", string label = "19 October 1956",
        string title = "Japan and the Soviet Union sign a joint declaration", string era = "cold-war", string excerpt = "They signed, in Moscow.") =>
        new(id, start, end, precision, null, label, title, era, ["treaties-and-agreements"],
            [new SourceDocumentReference("002_x.txt", "Japan–Soviet Union relations", 7, 10, 10 + excerpt.Length, excerpt)])
        {
            People = [],
            Places = ["Moscow"],
        };
}
