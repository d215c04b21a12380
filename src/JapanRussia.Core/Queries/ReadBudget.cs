using System.Diagnostics;

namespace JapanRussia.Core.Queries;

/// <summary>
/// How long the reads of one request may take, for every statement run on its behalf: while a budget is current (it
/// flows with the request's async calls), <see cref="ReadBudgetInterceptor"/> makes SQLite stop a statement once the
/// time is spent or the request is aborted, and <see cref="PostgresReadBudgetInterceptor"/> has PostgreSQL cancel it.
/// The interrupted statement fails with SQLite's "interrupted" error or PostgreSQL's <c>query_canceled</c> (57014);
/// the connection stays usable.
/// </summary>
public sealed class ReadBudget : IDisposable
{
    /// <summary>SQLITE_INTERRUPT: what a statement stopped by the progress handler fails with.</summary>
    private const int SqliteInterrupt = 9;

    /// <summary>query_canceled: what PostgreSQL answers a statement cancelled on the budget's behalf.</summary>
    private const string PostgresQueryCanceled = "57014";

    private static readonly AsyncLocal<ReadBudget?> Ambient = new();

    private readonly long _deadline;
    private readonly CancellationToken _aborted;
    private readonly ReadBudget? _outer;
    private CancellationTokenSource? _spent;

    private ReadBudget(TimeSpan limit, CancellationToken aborted)
    {
        Limit = limit;
        _deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        _aborted = aborted;
        _outer = Ambient.Value;
    }

    /// <summary>The budget of the reads running now, if any.</summary>
    public static ReadBudget? Current => Ambient.Value;

    public TimeSpan Limit { get; }

    /// <summary>Whether the time is up (as opposed to the request having been aborted).</summary>
    public bool IsExpired => Stopwatch.GetTimestamp() > _deadline;

    /// <summary>Whether reads should stop now: the time is up or the request was aborted.</summary>
    public bool IsSpent => _aborted.IsCancellationRequested || IsExpired;

    /// <summary>
    /// Cancelled once the time is up or the request is aborted (made on first use: only PostgreSQL's statements, which
    /// cannot be asked from inside, are cancelled from outside by it).
    /// </summary>
    public CancellationToken Token => LazyInitializer.EnsureInitialized(ref _spent, () =>
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(_aborted);
        source.CancelAfter(TimeSpan.FromTicks(Math.Max(0, Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), _deadline).Ticks)));
        return source;
    }).Token;

    /// <summary>Makes a budget of <paramref name="limit"/> from now current until it is disposed.</summary>
    public static ReadBudget Start(TimeSpan limit, CancellationToken aborted = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(limit, TimeSpan.Zero);
        var budget = new ReadBudget(limit, aborted);
        Ambient.Value = budget;
        return budget;
    }

    /// <summary>
    /// Whether <paramref name="exception"/> (or one inside it) is a statement the store stopped because a budget was
    /// spent, or one refused because the budget was spent before it started (a <see cref="TimeoutException"/>).
    /// </summary>
    public static bool IsInterruption(Exception? exception) => exception switch
    {
        null => false,
        Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: SqliteInterrupt } => true,
        Npgsql.PostgresException { SqlState: PostgresQueryCanceled } => true,
        TimeoutException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsInterruption),
        _ => IsInterruption(exception.InnerException),
    };

    public void Dispose()
    {
        Ambient.Value = _outer;
        _spent?.Dispose();
    }
}
