using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanRussia.Core.Data;

internal sealed class DocumentRecordConfiguration : IEntityTypeConfiguration<DocumentRecord>
{
    public void Configure(EntityTypeBuilder<DocumentRecord> builder)
    {
        builder.ToTable("Documents");
        builder.HasIndex(d => d.FileName).IsUnique();
        builder.Property(d => d.FileName).HasMaxLength(260);
        builder.Property(d => d.Title).HasMaxLength(400);
        builder.Property(d => d.SourceUrl).HasMaxLength(2048);
        builder.Property(d => d.ContentHash).HasMaxLength(64);
        builder.HasMany(d => d.Passages).WithOne(p => p.Document).HasForeignKey(p => p.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PassageRecordConfiguration : IEntityTypeConfiguration<PassageRecord>
{
    public void Configure(EntityTypeBuilder<PassageRecord> builder)
    {
        builder.ToTable("Passages");
        builder.HasIndex(p => new { p.DocumentId, p.Ordinal }).IsUnique();
        builder.HasMany(p => p.EventSources).WithOne(s => s.Passage).HasForeignKey(s => s.PassageId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EventRecordConfiguration : IEntityTypeConfiguration<EventRecord>
{
    public void Configure(EntityTypeBuilder<EventRecord> builder)
    {
        builder.ToTable("Events");
        builder.Property(e => e.Id).HasMaxLength(32);
        builder.Property(e => e.Label).HasMaxLength(100);
        builder.Property(e => e.Title).HasMaxLength(300);
        builder.Property(e => e.Fingerprint).HasMaxLength(64);
        builder.HasIndex(e => new { e.StartDate, e.EndDate });
        builder.HasIndex(e => e.EraId);
        builder.Ignore(e => e.Date);
        builder.HasOne(e => e.Era).WithMany().HasForeignKey(e => e.EraId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Sources).WithOne(s => s.Event).HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Topics).WithOne().HasForeignKey(t => t.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Entities).WithOne().HasForeignKey(t => t.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EventSourceRecordConfiguration : IEntityTypeConfiguration<EventSourceRecord>
{
    public void Configure(EntityTypeBuilder<EventSourceRecord> builder)
    {
        builder.ToTable("EventSources");
        builder.Property(s => s.Label).HasMaxLength(100);
        builder.HasIndex(s => s.EventId);
    }
}

internal sealed class EventTopicConfiguration : IEntityTypeConfiguration<EventTopic>
{
    public void Configure(EntityTypeBuilder<EventTopic> builder)
    {
        builder.ToTable("EventTopics");
        builder.HasKey(t => new { t.EventId, t.TopicId });
        builder.HasIndex(t => t.TopicId);
        builder.Property(t => t.Trigger).HasMaxLength(200);
        builder.HasOne(t => t.Topic).WithMany().HasForeignKey(t => t.TopicId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EventEntityConfiguration : IEntityTypeConfiguration<EventEntity>
{
    public void Configure(EntityTypeBuilder<EventEntity> builder)
    {
        builder.ToTable("EventEntities");
        builder.HasKey(e => new { e.EventId, e.Kind, e.Name });
        builder.Property(e => e.Name).HasMaxLength(100);
        builder.HasIndex(e => new { e.Kind, e.Name });
    }
}

internal sealed class EraConfiguration : IEntityTypeConfiguration<Era>
{
    public void Configure(EntityTypeBuilder<Era> builder)
    {
        builder.ToTable("Eras");
        builder.Property(e => e.Id).HasMaxLength(64);
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.Color).HasMaxLength(16);
    }
}

internal sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> builder)
    {
        builder.ToTable("Topics");
        builder.Property(t => t.Id).HasMaxLength(64);
        builder.Property(t => t.Name).HasMaxLength(200);
    }
}

internal sealed class IngestionStateConfiguration : IEntityTypeConfiguration<IngestionState>
{
    public void Configure(EntityTypeBuilder<IngestionState> builder)
    {
        builder.ToTable("IngestionState");
        builder.Property(s => s.ExtractionSignature).HasMaxLength(64);
    }
}
