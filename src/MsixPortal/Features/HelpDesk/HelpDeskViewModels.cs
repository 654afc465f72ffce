using MsixPortal.Data.Entities.HelpDesk;
using MsixPortal.Features.Account.Apply;

namespace MsixPortal.Features.HelpDesk;

/// <summary>GET/POST /help/contact: the form, for a signed-in user or (reduced) for a visitor.</summary>
public sealed record HelpDeskContactViewModel(HelpDeskContactInputModel Input, bool Visitor, IReadOnlyList<StateChoice> States);

/// <summary>GET/POST /help/incident.</summary>
public sealed record IncidentReportViewModel(IncidentReportInputModel Input, bool Visitor, IReadOnlyList<StateChoice> States);

/// <summary>What a visitor sees once their request is stored.</summary>
public sealed record HelpDeskSentViewModel(string Reference, bool Incident);

/// <summary>One request as its reporter or a handler sees it; <see cref="AsHandler"/> shows the handlers' actions.</summary>
public sealed record HelpDeskRequestViewModel(
    HelpDeskRequest Request,
    bool AsHandler,
    bool ReadOnly,
    string? ReporterName,
    string? ReporterEmail,
    IReadOnlyDictionary<Guid, string> AuthorNames,
    bool AcknowledgementOverdue,
    HelpDeskReplyInputModel Reply,
    string? Done);

/// <summary>GET /help/requests: the user's own requests and reports, newest first.</summary>
public sealed record HelpDeskMineViewModel(IReadOnlyList<HelpDeskRequest> Requests);

/// <summary>The visitor's contact fields of both forms.</summary>
public sealed record VisitorContactViewModel(VisitorContactInputModel Input, IReadOnlyList<StateChoice> States);
