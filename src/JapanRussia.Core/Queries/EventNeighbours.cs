using JapanRussia.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Queries;

/// <summary>An event's neighbours in timeline order: each one seek by a row-value range on the (StartDate, EndDate, Id) index.</summary>
internal static class EventNeighbours
{
    public static async Task<(EventNeighbour? Previous, EventNeighbour? Next)> ReadAsync(TimelineDbContext context, string id, CancellationToken cancellationToken)
    {
        var previous = await context.Database.SqlQuery<EventNeighbour>(
                $"SELECT \"Id\", \"Label\", \"Title\" FROM \"Events\" WHERE (\"StartDate\", \"EndDate\", \"Id\") < (SELECT \"StartDate\", \"EndDate\", \"Id\" FROM \"Events\" WHERE \"Id\" = {id}) ORDER BY \"StartDate\" DESC, \"EndDate\" DESC, \"Id\" DESC LIMIT 1")
            .AsAsyncEnumerable().FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var next = await context.Database.SqlQuery<EventNeighbour>(
                $"SELECT \"Id\", \"Label\", \"Title\" FROM \"Events\" WHERE (\"StartDate\", \"EndDate\", \"Id\") > (SELECT \"StartDate\", \"EndDate\", \"Id\" FROM \"Events\" WHERE \"Id\" = {id}) ORDER BY \"StartDate\", \"EndDate\", \"Id\" LIMIT 1")
            .AsAsyncEnumerable().FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return (previous, next);
    }
}
