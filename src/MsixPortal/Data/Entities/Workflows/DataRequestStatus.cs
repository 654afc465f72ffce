namespace MsixPortal.Data.Entities.Workflows;

public enum DataRequestStatus
{
    Open,
    Answered,
    Closed,
}
