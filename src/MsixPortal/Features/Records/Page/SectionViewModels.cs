namespace MsixPortal.Features.Records.Page;

/// <summary>
/// One demographic element with every distinct value the States sent for it. Elements that are
/// each State's own (its student ID and ID type) differ by nature and are never flagged.
/// </summary>
public sealed record DemographicFieldViewModel(string Label, IReadOnlyList<DemographicValueViewModel> Values, bool PerState)
{
    public bool StatesDisagree => !PerState && Values.Count > 1;
}

public sealed record DemographicValueViewModel(string Text, IReadOnlyList<SourceViewModel> Sources);

/// <summary>A table whose columns are catalogue labels, one row per State-submitted row.</summary>
public sealed record SectionTableViewModel(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<SectionRowViewModel> Rows);

public sealed record SectionRowViewModel(IReadOnlyList<string?> Cells, SourceViewModel Source);

/// <summary>One enrollment on the timeline: the essentials, then every element it holds.</summary>
public sealed record EnrollmentViewModel(
    string Dates,
    string? School,
    string? District,
    string? GradeLevel,
    IReadOnlyList<string> Flags,
    SourceViewModel Source,
    IReadOnlyList<LabeledValueViewModel> Details);

/// <summary>Courses by school year and term, with credit accrual, Algebra 1 and graduation status.</summary>
public sealed record CourseHistoryViewModel(
    IReadOnlyList<string> Columns,
    IReadOnlyList<CourseGroupViewModel> Groups,
    CreditAccrualSummary Credits,
    SourcedTextViewModel? Algebra1,
    SourcedTextViewModel? Graduation);

public sealed record CourseGroupViewModel(string Heading, IReadOnlyList<CourseRowViewModel> Rows);

public sealed record CourseRowViewModel(IReadOnlyList<string?> Cells, CourseStatus Status, SourceViewModel Source)
{
    public string StatusText => Status switch
    {
        CourseStatus.Completed => "Completed",
        CourseStatus.PartialCredit => "Partial credit",
        _ => "In progress",
    };
}

/// <summary>The State records side by side: one column per State record, one row per element.</summary>
public sealed record StateRecordsViewModel(IReadOnlyList<StateRecordColumnViewModel> Records, IReadOnlyList<StateRecordsRowViewModel> Rows);

public sealed record StateRecordColumnViewModel(string StateCode, string StateStudentId, string LastSubmitted);

public sealed record StateRecordsRowViewModel(string Label, IReadOnlyList<string?> Values);
