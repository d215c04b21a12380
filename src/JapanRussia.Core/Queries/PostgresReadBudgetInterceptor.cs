using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace JapanRussia.Core.Queries;

/// <summary>
/// PostgreSQL's side of <see cref="ReadBudget"/>: each statement run while a budget is current is cancelled on the
/// server (a cancel request, as <c>statement_timeout</c> would) the moment the budget is spent or the request aborted,
/// and fails with <c>query_canceled</c> (57014); its connection goes back to the pool usable. A statement that would
/// start after the budget is spent is refused with a <see cref="TimeoutException"/> instead of being sent.
/// </summary>
public sealed class PostgresReadBudgetInterceptor : DbCommandInterceptor
{
    public static readonly PostgresReadBudgetInterceptor Instance = new();

    /// <summary>Each running command's hold on its budget, dropped when the command has finished.</summary>
    private static readonly ConditionalWeakTable<DbCommand, Holder> Running = [];

    private PostgresReadBudgetInterceptor()
    {
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Watch(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Watch(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Watch(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Watch(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Watch(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Watch(command, result));

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) => Release(command, result);

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Release(command, result));

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) => Release(command, result);

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Release(command, result));

    public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result) =>
        Release(command, result);

    public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(Release(command, result));

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result) =>
        Release(command, result);

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Release(command, 0);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command, 0);
        return Task.CompletedTask;
    }

    /// <summary>Has the command cancelled on the server when the current budget is spent; refuses it if that is already so.</summary>
    private static T Watch<T>(DbCommand command, T result)
    {
        if (ReadBudget.Current is not { } budget || command is not NpgsqlCommand)
        {
            return result;
        }

        if (budget.IsSpent)
        {
            throw new TimeoutException($"The read budget of {budget.Limit.TotalMilliseconds} ms was spent before this statement started.");
        }

        Running.AddOrUpdate(command, new Holder(budget.Token.Register(static c => ((DbCommand)c!).Cancel(), command)));
        return result;
    }

    private static T Release<T>(DbCommand command, T result)
    {
        if (Running.TryGetValue(command, out var holder))
        {
            Running.Remove(command);
            holder.Registration.Dispose();
        }

        return result;
    }

    private sealed record Holder(CancellationTokenRegistration Registration);
}
