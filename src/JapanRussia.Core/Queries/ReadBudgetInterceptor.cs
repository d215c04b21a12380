using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace JapanRussia.Core.Queries;

/// <summary>
/// Gives every connection EF opens a SQLite progress handler that stops the running statement when the current
/// <see cref="ReadBudget"/> is spent. SQLite calls it every few thousand virtual-machine steps, on the thread stepping the
/// statement, so it sees the budget of the request that statement runs for; with no budget current it never stops anything.
/// </summary>
public sealed class ReadBudgetInterceptor : DbConnectionInterceptor
{
    public static readonly ReadBudgetInterceptor Instance = new();

    /// <summary>Steps between checks: a few hundred microseconds of work, and a check costs well under one.</summary>
    private const int StepsBetweenChecks = 4000;

    private static readonly delegate_progress Check = _ => ReadBudget.Current?.IsSpent == true ? 1 : 0;

    private ReadBudgetInterceptor()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Install(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Install(connection);
        return Task.CompletedTask;
    }

    /// <summary>Installs the check on an open connection (also for connections opened outside EF).</summary>
    public static void Install(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            raw.sqlite3_progress_handler(handle, StepsBetweenChecks, Check, null);
        }
    }
}
