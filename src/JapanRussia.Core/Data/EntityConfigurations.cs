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
        builder.Property(d => d.Publisher).HasMaxLength(400);
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
        builder.Property(e => e.DateNote).HasMaxLength(400);

        // Timeline order, with and without an era: each index holds everything the filters and the ordering read, so a
        // page is a walk along one index that stops after the page, and a count never visits the table.
        builder.HasIndex(e => new { e.StartDate, e.EndDate, e.Id });
        builder.HasIndex(e => new { e.EraId, e.StartDate, e.EndDate, e.Id });
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
        builder.Property(s => s.DatePhrase).HasMaxLength(200);
        builder.Property(s => s.DateAnchorDate).HasMaxLength(100);
        builder.Ignore(s => s.Provenance);
        builder.HasIndex(s => s.EventId);

        // The source filter goes document, passages, sources, events: this answers the last step without the table.
        builder.HasIndex(s => new { s.PassageId, s.EventId });
    }
}

internal sealed class EventTopicConfiguration : IEntityTypeConfiguration<EventTopic>
{
    public void Configure(EntityTypeBuilder<EventTopic> builder)
    {
        builder.ToTable("EventTopics");
        builder.HasKey(t => new { t.EventId, t.TopicId });
        // Covering, so that "events with this topic" reads the index alone.
        builder.HasIndex(t => new { t.TopicId, t.EventId });
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
        // Covering, so that "events naming this person or place" reads the index alone.
        builder.HasIndex(e => new { e.Kind, e.Name, e.EventId });
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
