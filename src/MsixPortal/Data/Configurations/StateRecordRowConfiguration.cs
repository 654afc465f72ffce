using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Data.Entities.StateRecords;

namespace MsixPortal.Data.Configurations;

/// <summary>What every repeating row under a State record shares (its relationship is set there).</summary>
public abstract class StateRecordRowConfiguration<TRow> : IEntityTypeConfiguration<TRow>
    where TRow : StateRecordRow
{
    public virtual void Configure(EntityTypeBuilder<TRow> builder)
    {
        builder.ApplyCatalogue();

        // Rows are read per State record in the State's order; this index also serves the foreign key.
        builder.HasIndex(x => new { x.StateStudentRecordId, x.Sequence });
    }
}

public sealed class AlternateStateIdConfiguration : StateRecordRowConfiguration<AlternateStateId>;

public sealed class QualifyingMoveConfiguration : StateRecordRowConfiguration<QualifyingMove>;

public sealed class EnrollmentConfiguration : StateRecordRowConfiguration<Enrollment>;

public sealed class CourseConfiguration : StateRecordRowConfiguration<Course>;

public sealed class AssessmentConfiguration : StateRecordRowConfiguration<Assessment>;
