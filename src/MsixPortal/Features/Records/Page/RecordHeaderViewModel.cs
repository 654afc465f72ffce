namespace MsixPortal.Features.Records.Page;

/// <summary>
/// The record's header and at-a-glance summary (first on a phone): names, birth date, flags that
/// matter at enrollment, latest enrollment, grade level and eligibility.
/// </summary>
public sealed record RecordHeaderViewModel(
    string FullName,
    SourceViewModel NameSource,
    string BirthDate,
    int Age,
    string Sex,
    string? MultipleBirth,
    IReadOnlyList<BadgeViewModel> Badges,
    SourcedTextViewModel? Eligibility,
    bool EligibilityActive,
    SourcedTextViewModel? LatestEnrollment,
    SourcedTextViewModel? GradeLevel);

/// <summary>A flag shown as a badge; <see cref="Kind"/> picks its colour (alert, info, ok, muted).</summary>
public sealed record BadgeViewModel(string Text, string Kind, SourceViewModel Source);
