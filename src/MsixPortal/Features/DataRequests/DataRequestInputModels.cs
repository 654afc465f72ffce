using System.ComponentModel.DataAnnotations;

namespace MsixPortal.Features.DataRequests;

/// <summary>What a data request asks for.</summary>
public static class DataRequestKinds
{
    public static IReadOnlyList<(string Code, string Label)> All { get; } =
    [
        ("CourseHistory", "Course history"),
        ("Immunization", "Immunization record"),
        ("Assessments", "Assessments"),
        ("Other", "Other (say what in the reason)"),
    ];

    public static string Labels(string codes) =>
        string.Join(", ", codes.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(code => All.FirstOrDefault(k => k.Code == code).Label ?? code));
}

/// <summary>POST /records/{msixId}/data-requests.</summary>
public sealed class DataRequestInputModel
{
    /// <summary>The States asked (among those that submitted the child's records).</summary>
    public List<string> StateCodes { get; set; } = [];

    public List<string> Kinds { get; set; } = [];

    [Required(ErrorMessage = "Say why you need the data.")]
    [StringLength(1000)]
    public string? Reason { get; set; }

    [Required(ErrorMessage = "Enter the date you need the data by.")]
    public DateOnly? NeededBy { get; set; }
}

/// <summary>POST /data-requests/{id}/answer (multipart: the message and an optional file).</summary>
public sealed class DataRequestAnswerInputModel
{
    [Required(ErrorMessage = "Write the answer.")]
    [StringLength(2000)]
    public string? Message { get; set; }

    public IFormFile? Attachment { get; set; }

    /// <summary>
    /// Whether the form was a correction of an answer already sent. An answer form read while the
    /// request was open must not overwrite an answer someone else sent meanwhile: that is a conflict.
    /// </summary>
    public bool Correcting { get; set; }
}
