using System.ComponentModel.DataAnnotations;

namespace MsixPortal.Features.HelpDesk;

/// <summary>How a visitor who cannot sign in can be answered; ignored for signed-in users.</summary>
public abstract class VisitorContactInputModel
{
    [StringLength(100)]
    [Display(Name = "Your name")]
    public string? ContactName { get; set; }

    [StringLength(256)]
    [EmailAddress(ErrorMessage = "Enter your work email address, like name@agency.gov.")]
    [Display(Name = "Your work email")]
    public string? ContactEmail { get; set; }

    [Display(Name = "Your State")]
    public string? StateCode { get; set; }
}

/// <summary>POST /help/contact.</summary>
public sealed class HelpDeskContactInputModel : VisitorContactInputModel
{
    [Required(ErrorMessage = "Choose what your question is about.")]
    [Display(Name = "What is it about?")]
    public string? Category { get; set; }

    [Required(ErrorMessage = "Describe your question or problem.")]
    [StringLength(4000, ErrorMessage = "Keep your message under 4,000 characters.")]
    [Display(Name = "Your question or problem")]
    public string? Message { get; set; }

    [StringLength(100)]
    [Display(Name = "Reference from an error page (if any)")]
    public string? CorrelationId { get; set; }
}

/// <summary>POST /help/incident.</summary>
public sealed class IncidentReportInputModel : VisitorContactInputModel
{
    [Required(ErrorMessage = "Say what happened.")]
    [StringLength(4000, ErrorMessage = "Keep the description under 4,000 characters.")]
    [Display(Name = "What happened?")]
    public string? WhatHappened { get; set; }

    [Required(ErrorMessage = "Enter when it happened (your best guess).")]
    [Display(Name = "When did it happen?")]
    public DateTime? OccurredAt { get; set; }

    [Display(Name = "What kind of data was involved?")]
    public List<string> DataInvolved { get; set; } = [];

    [StringLength(1000)]
    [Display(Name = "Who have you told already?")]
    public string? WhoWasTold { get; set; }
}

/// <summary>POST /help/requests/{id}/reply.</summary>
public sealed class HelpDeskReplyInputModel
{
    [Required(ErrorMessage = "Write your reply.")]
    [StringLength(4000, ErrorMessage = "Keep your reply under 4,000 characters.")]
    [Display(Name = "Your reply")]
    public string? Text { get; set; }
}
