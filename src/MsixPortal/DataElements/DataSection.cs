namespace MsixPortal.DataElements;

/// <summary>Where a data element belongs on a record view and in a submission file.</summary>
public enum DataSection
{
    /// <summary>Section A: identity, birth and parents (one set per State record).</summary>
    Demographic,

    /// <summary>Extra identifiers a State holds for the child (file-only, repeating).</summary>
    AlternateId,

    /// <summary>Section A, repeating: qualifying moves and eligibility.</summary>
    QualifyingMove,

    /// <summary>Section B: school history, one row per enrollment.</summary>
    Enrollment,

    /// <summary>Section C: secondary course history.</summary>
    Course,

    /// <summary>Section D: assessments.</summary>
    Assessment,
}
