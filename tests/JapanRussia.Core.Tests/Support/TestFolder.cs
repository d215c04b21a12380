namespace JapanRussia.Core.Tests.Support;

/// <summary>A temporary folder for one test, removed afterwards; SQLite files inside it are released (pooling is off).</summary>
public sealed class TestFolder : IDisposable
{
    public TestFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "jr-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Folder(string name) => Directory.CreateDirectory(System.IO.Path.Combine(Path, name)).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a failing test should not hide that test's own failure.
        }
    }
}

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => System.IO.Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "JapanRussia.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (JapanRussia.sln) above " + AppContext.BaseDirectory);
    }
}
