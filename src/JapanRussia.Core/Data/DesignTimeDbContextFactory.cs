using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace JapanRussia.Core.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without the web host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<TimelineDbContext>
{
    public TimelineDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<TimelineDbContext>().UseSqlite("Data Source=design.db").Options);
}
