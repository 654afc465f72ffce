using Microsoft.AspNetCore.Identity;

namespace MsixPortal.Data.Entities.Accounts;

/// <summary>A portal account. Every account belongs to one State, except national administrators.</summary>
public class PortalUser : IdentityUser<Guid>
{
    public string FullName { get; set; } = "";

    /// <summary>Postal code of the user's State; null for national administrators.</summary>
    public string? StateCode { get; set; }

    public DateTime CreatedAt { get; set; }
}
