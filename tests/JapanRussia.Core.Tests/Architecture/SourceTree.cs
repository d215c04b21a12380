using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace JapanRussia.Core.Tests.Architecture;

/// <summary>The repository's source files under src/ (generated migrations left out), read as the team's limits see them.</summary>
internal static class SourceTree
{
    private static readonly string Root = FindRoot(AppContext.BaseDirectory);

    /// <summary>Every .cs and .razor file under src/, as a path from the repository root with '/' separators.</summary>
    public static IReadOnlyList<string> Files() =>
        Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".razor", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => part is "bin" or "obj" or "Migrations" or "PostgresMigrations"))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static int LineCount(string file) => File.ReadAllLines(Path.Combine(Root, file)).Length;

    public static IEnumerable<string> Lines(string file) => File.ReadLines(Path.Combine(Root, file));

    /// <summary>Top-level public types (not nested ones), each with the name its file should have.</summary>
    public static IEnumerable<string> PublicTypeNames(string file) =>
        Parse(file).GetRoot().DescendantNodes()
            .OfType<BaseTypeDeclarationSyntax>()
            .Where(type => type.Parent is not BaseTypeDeclarationSyntax && type.Modifiers.Any(SyntaxKind.PublicKeyword))
            .Select(type => type.Identifier.Text);

    /// <summary>Methods, constructors, accessors and local functions, each with how many lines it spans.</summary>
    public static IEnumerable<(string Name, int Lines)> Members(string file)
    {
        var tree = Parse(file);
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            var name = node switch
            {
                MethodDeclarationSyntax method => method.Identifier.Text,
                ConstructorDeclarationSyntax constructor => constructor.Identifier.Text,
                LocalFunctionStatementSyntax local => local.Identifier.Text,
                AccessorDeclarationSyntax accessor => OwnerOf(accessor) + "." + accessor.Keyword.Text,
                _ => null,
            };
            if (name is not null)
            {
                var span = tree.GetLineSpan(node.Span);
                yield return (name, span.EndLinePosition.Line - span.StartLinePosition.Line + 1);
            }
        }
    }

    private static string OwnerOf(AccessorDeclarationSyntax accessor) => accessor.Parent?.Parent switch
    {
        PropertyDeclarationSyntax property => property.Identifier.Text,
        EventDeclarationSyntax declaredEvent => declaredEvent.Identifier.Text,
        _ => "this",
    };

    /// <summary>The name a file gives its type: <c>EventCard.razor.cs</c> and <c>EventCard.razor</c> are both EventCard.</summary>
    public static string TypeNameOf(string file) => Path.GetFileName(file).Split('.')[0];

    private static SyntaxTree Parse(string file) =>
        CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(Root, file)), path: file);

    private static string FindRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "JapanRussia.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("No JapanRussia.sln above " + start);
    }
}
