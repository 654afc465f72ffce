namespace MsixPortal.Features.Records.Page;

/// <summary>Everything the record page shows: a header and summary first, then the sections.</summary>
public sealed record RecordPageViewModel(
    string MsixId,
    RecordHeaderViewModel Header,
    IReadOnlyList<DemographicFieldViewModel> Demographics,
    SectionTableViewModel QualifyingMoves,
    IReadOnlyList<EnrollmentViewModel> Enrollments,
    CourseHistoryViewModel Courses,
    SectionTableViewModel Assessments,
    StateRecordsViewModel StateRecords)
{
    /// <summary>Whether the user may export (the export form is shown only then).</summary>
    public bool CanExport { get; init; }

    /// <summary>Whether the user may see who viewed or exported the record.</summary>
    public bool CanViewAccessLog { get; init; }

    /// <summary>The MSIX ID's merge and split history (shown in the workflow panel).</summary>
    public IReadOnlyList<MergeSplit.MsixIdHistoryLine> History { get; init; } = [];

    /// <summary>The export form's values (what was chosen, when a rejected form is shown again).</summary>
    public Export.RecordExportInputModel Export { get; init; } = new();
}

/// <summary>Which State submitted a value, and when.</summary>
public sealed record SourceViewModel(string StateCode, string SubmittedOn)
{
    public string Description => $"Submitted by {StateCode} on {SubmittedOn}";
}

/// <summary>A piece of text with the State and date it came from.</summary>
public sealed record SourcedTextViewModel(string Text, SourceViewModel Source);

public sealed record LabeledValueViewModel(string Label, string Value);
