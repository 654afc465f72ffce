namespace MsixPortal.Features.Errors;

/// <summary>What the generic error page shows: nothing but the correlation ID.</summary>
public sealed record ErrorViewModel(string CorrelationId);
